using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EksProvisioner.Cli.Tests.Kube;

/// <summary>
/// The dev environment of minimal.json created by <c>up --local</c> with its kubeconfig in a file of its own,
/// then served by <c>eksprov simulator --state-dir</c> on the port the kubeconfig's get-token signs for.
/// </summary>
internal sealed class ServedEnvironment : IAsyncDisposable
{
    private readonly StateDir _state;
    private readonly RunningCli _simulator;

    private ServedEnvironment(StateDir state, RunningCli simulator, string kubeconfig)
    {
        _state = state;
        _simulator = simulator;
        Kubeconfig = kubeconfig;
    }

    public string Kubeconfig { get; }

    public string Folder => _state.Path;

    public Uri Endpoint => _simulator.Endpoint;

    public static async Task<ServedEnvironment> StartAsync()
    {
        var state = new StateDir();
        var kubeconfig = Path.Combine(state.Path, "user-kubeconfig");
        var port = FreePort().ToString(CultureInfo.InvariantCulture);
        var up = await CliRun.RunAsync(
            ["up", StateDir.Minimal, "--local", "--state-dir", state.Path, "--kubeconfig", kubeconfig],
            new Dictionary<string, string> { ["EKSPROV_SIMULATOR_URL"] = "http://127.0.0.1:" + port });
        Assert.True(up.ExitCode == ExitCodes.Ok, up.Stderr);
        return new ServedEnvironment(state, await RunningCli.StartAsync("simulator", "--state-dir", state.Path, "--port", port), kubeconfig);
    }

    public async ValueTask DisposeAsync()
    {
        await _simulator.DisposeAsync();
        _state.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
