using System.Globalization;
using System.Net;
using System.Text;
using EksProvisioner.Functions.Webhook;
using EksProvisioner.Triggers.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EksProvisioner.Cli.Api;

/// <summary>
/// <c>sam local start-api</c> without Docker: serves HTTP on a loopback port and hands every request
/// straight to the same <see cref="WebhookFront"/> the deployed function runs (no API Gateway event in
/// between), then writes its answer back. A failure answers 500, as API Gateway does for a failed invocation.
/// </summary>
internal sealed class LocalApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly WebhookFront _front;
    private readonly TextWriter _log;
    private long _requests;

    private LocalApiServer(WebApplication app, WebhookFront front, TextWriter log)
    {
        _app = app;
        _front = front;
        _log = log;
    }

    /// <summary>The base address, such as http://127.0.0.1:50123.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <exception cref="IOException">The port cannot be bound.</exception>
    public static async Task<LocalApiServer> StartAsync(int port, WebhookFront front, TextWriter log, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new LocalApiServer(app, front, log);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        var requestId = "local-" + Interlocked.Increment(ref _requests).ToString("D8", CultureInfo.InvariantCulture);
        var request = LocalHttpRequest.From(context, buffer.ToArray(), requestId);

        WebhookResponse response;
        try
        {
            response = await _front.HandleAsync(request, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // The API Gateway boundary: a failed invocation becomes a 500 and its error is logged, as in AWS.
        catch (Exception error)
#pragma warning restore CA1031
        {
            await _log.WriteLineAsync($"[eksprov] api: {request.Method} {request.Path} failed: {error.GetType().Name}: {error.Message}");
            response = new WebhookResponse(500, new Dictionary<string, string> { ["content-type"] = "application/json" }, """{"message":"Internal Server Error"}""");
        }

        await WriteAsync(context.Response, response, cancellationToken);
    }

    private static async Task WriteAsync(HttpResponse http, WebhookResponse response, CancellationToken cancellationToken)
    {
        http.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        await http.Body.WriteAsync(Encoding.UTF8.GetBytes(response.Body), cancellationToken);
    }
}
