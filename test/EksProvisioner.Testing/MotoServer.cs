using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EksProvisioner.Testing;

/// <summary>
/// A real moto_server on a free loopback port, started with MOTO_IAM_LOAD_MANAGED_POLICIES=true and
/// stopped on dispose. Use it as an xunit class or collection fixture. When moto_server is missing,
/// tests that touch <see cref="Endpoint"/> skip with a reason, or fail on CI.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    private Process? _process;
    private string? _missingReason;

    /// <summary>The server's base address, such as http://127.0.0.1:50123.</summary>
    public Uri Endpoint
    {
        get
        {
            if (_process is null)
            {
                ExternalTools.Require("moto_server");
                throw new InvalidOperationException(_missingReason ?? "moto_server did not start");
            }

            return new Uri($"http://127.0.0.1:{Port}");
        }
    }

    /// <summary>The loopback port.</summary>
    public int Port { get; private set; }

    /// <summary>Starts moto_server and waits until it answers.</summary>
    public async ValueTask InitializeAsync()
    {
        var exe = ExternalTools.Find("moto_server");
        if (exe is null)
        {
            _missingReason = "moto_server is not installed";
            return;
        }

        Port = FreePort();
        var info = new ProcessStartInfo(exe, ["-H", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["MOTO_IAM_LOAD_MANAGED_POLICIES"] = "true";
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start moto_server");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/moto-api/"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (TimeProvider.System.GetUtcNow() < deadline && !_process.HasExited)
            {
                // Not listening yet: poll again shortly. A real-time wait is right here: an external process is starting.
                await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
                continue;
            }

            throw new InvalidOperationException($"moto_server on port {Port} did not become ready");
        }
    }

    /// <summary>Forgets every resource (POST /moto-api/reset).</summary>
    public async Task ResetAsync()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Endpoint, "/moto-api/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
