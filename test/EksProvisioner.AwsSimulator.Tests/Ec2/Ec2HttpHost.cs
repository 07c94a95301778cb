using System.Text;
using System.Web;
using EksProvisioner.AwsSimulator.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

/// <summary>
/// Stands for the simulator's Kestrel host, reduced to one service: a loopback HTTP endpoint that
/// turns each Query request into a SimulatedRequest (region from the SigV4 scope, form from body
/// and query string) for out-of-process clients such as the aws CLI.
/// </summary>
internal sealed class Ec2HttpHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private Ec2HttpHost(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<Ec2HttpHost> StartAsync(ISimulatedService service)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var host = new Ec2HttpHost(app);
        app.Run(context => host.ServeAsync(service, context));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.Endpoint = new Uri(address);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(TestContext.Current.CancellationToken);
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(ISimulatedService service, HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in new[] { context.Request.QueryString.Value?.TrimStart('?') ?? string.Empty, Encoding.UTF8.GetString(body) })
        {
            var parsed = HttpUtility.ParseQueryString(source);
            foreach (var key in parsed.AllKeys.OfType<string>())
            {
                form[key] = parsed[key] ?? string.Empty;
            }
        }

        var scope = context.Request.Headers.Authorization.ToString().Split("Credential=")[1].Split(',')[0].Split('/');
        var request = new SimulatedRequest(
            scope[3], scope[2], Ec2Harness.Account, context.Request.Method, context.Request.Path,
            new Dictionary<string, string>(), context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body, form, $"cli-{Interlocked.Increment(ref _requests)}");
        var answer = service.Handle(request);
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }
}
