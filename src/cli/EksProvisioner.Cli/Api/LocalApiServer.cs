using System.Globalization;
using System.Text;
using EksProvisioner.Cli.Local;
using EksProvisioner.Functions.Webhook;
using EksProvisioner.Triggers.Webhook;
using Microsoft.AspNetCore.Http;

namespace EksProvisioner.Cli.Api;

/// <summary>
/// <c>sam local start-api</c> without Docker: serves HTTP on a loopback port and hands every request
/// straight to the same <see cref="WebhookFront"/> the deployed function runs (no API Gateway event in
/// between), then writes its answer back. A failure answers 500, as API Gateway does for a failed invocation.
/// </summary>
internal sealed class LocalApiServer : IAsyncDisposable
{
    private LoopbackHost _host = null!;
    private readonly WebhookFront _front;
    private readonly TextWriter _log;
    private long _requests;

    private LocalApiServer(WebhookFront front, TextWriter log)
    {
        _front = front;
        _log = log;
    }

    /// <summary>The base address, such as http://127.0.0.1:50123.</summary>
    public Uri Endpoint => _host.Endpoint;

    /// <exception cref="IOException">The port cannot be bound.</exception>
    public static async Task<LocalApiServer> StartAsync(int port, WebhookFront front, TextWriter log, CancellationToken cancellationToken)
    {
        var server = new LocalApiServer(front, log);
        server._host = await LoopbackHost.StartAsync(port, server.HandleAsync, cancellationToken);
        return server;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

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
