using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EksProvisioner.Functions.Tests.Runtime;

/// <summary>
/// Stands for the Runtime API endpoint Lambda gives a function (<c>AWS_LAMBDA_RUNTIME_API</c>): a real
/// Kestrel server on a loopback port chosen by the OS, forwarding every request to a
/// <see cref="FakeRuntimeApi"/>, so that the runtime's own HttpClient and sockets are exercised.
/// </summary>
internal sealed class LoopbackRuntimeApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackRuntimeApiServer(WebApplication app, string hostAndPort)
    {
        _app = app;
        HostAndPort = hostAndPort;
    }

    /// <summary>host:port, the form of AWS_LAMBDA_RUNTIME_API.</summary>
    public string HostAndPort { get; }

    public static async Task<LoopbackRuntimeApiServer> StartAsync(FakeRuntimeApi api, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var invoker = new HttpMessageInvoker(api, disposeHandler: false);
        app.Run(http => ForwardAsync(invoker, http));
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackRuntimeApiServer(app, new Uri(address).Authority);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task ForwardAsync(HttpMessageInvoker invoker, HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), new Uri($"http://{http.Request.Host}{http.Request.Path}"))
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        foreach (var (name, value) in http.Request.Headers)
        {
            if (name is "Host" or "Content-Length")
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)value!))
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)value!);
            }
        }

        try
        {
            using var response = await invoker.SendAsync(request, http.RequestAborted);
            http.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, value) in response.Headers)
            {
                http.Response.Headers[name] = value.ToArray();
            }

            await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The runtime gave up its long poll (shutdown); there is no one left to answer.
        }
    }
}
