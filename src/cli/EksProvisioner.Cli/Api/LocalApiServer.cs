using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EksProvisioner.Cli.Api;

/// <summary>
/// <c>sam local start-api</c> without Docker: serves HTTP on a loopback port and hands every request, as
/// an API Gateway payload 2.0 event, to the same Lambda handler the deployed function runs, then
/// writes the handler's payload 2.0 response back. A handler failure answers 500, as API Gateway does.
/// </summary>
internal sealed class LocalApiServer : IAsyncDisposable
{
    private const string FunctionArn = "arn:aws:lambda:us-east-1:" + LocalHttpApiEvent.AccountId + ":function:eksprov-Webhook";

    // API Gateway's integration timeout: the longest a synchronous invocation may take.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly ILambdaHandler _handler;
    private readonly TimeProvider _time;
    private readonly TextWriter _log;
    private long _requests;

    private LocalApiServer(WebApplication app, ILambdaHandler handler, TimeProvider time, TextWriter log)
    {
        _app = app;
        _handler = handler;
        _time = time;
        _log = log;
    }

    /// <summary>The base address, such as http://127.0.0.1:50123.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <exception cref="IOException">The port cannot be bound.</exception>
    public static async Task<LocalApiServer> StartAsync(int port, ILambdaHandler handler, TimeProvider time, TextWriter log, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new LocalApiServer(app, handler, time, log);
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
        var now = _time.GetUtcNow();
        var requestId = "local-" + Interlocked.Increment(ref _requests).ToString("D8", CultureInfo.InvariantCulture);
        var e = LocalHttpApiEvent.From(context, buffer.ToArray(), requestId, now);

        HttpApiResponse response;
        try
        {
            var invocation = new LambdaInvocationContext(requestId, now + Timeout, FunctionArn, null, null, null, _time);
            var result = await _handler.HandleAsync(JsonSerializer.SerializeToNode(e, HttpApiJson.Options), invocation, cancellationToken);
            response = result?.Deserialize<HttpApiResponse>(HttpApiJson.Options) ?? throw new InvalidOperationException("the handler answered nothing");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // The API Gateway boundary: a failed invocation becomes a 500 and its error is logged, as in AWS.
        catch (Exception error)
#pragma warning restore CA1031
        {
            await _log.WriteLineAsync($"[eksprov] api: {context.Request.Method} {e.RawPath} failed: {error.GetType().Name}: {error.Message}");
            response = new HttpApiResponse
            {
                StatusCode = 500,
                Headers = new Dictionary<string, string> { ["content-type"] = "application/json" },
                Body = """{"message":"Internal Server Error"}""",
            };
        }

        await WriteAsync(context.Response, response, cancellationToken);
    }

    private static async Task WriteAsync(HttpResponse http, HttpApiResponse response, CancellationToken cancellationToken)
    {
        http.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            http.Headers[name] = value;
        }

        foreach (var cookie in response.Cookies ?? [])
        {
            http.Headers.Append("set-cookie", cookie);
        }

        if (response.Body is { } body)
        {
            var bytes = response.IsBase64Encoded ? Convert.FromBase64String(body) : Encoding.UTF8.GetBytes(body);
            await http.Body.WriteAsync(bytes, cancellationToken);
        }
    }
}
