using System.Net;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Eks;
using EksProvisioner.AwsSimulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// Serves every existing cluster's Kubernetes API over HTTPS on its own persisted loopback port with its own
/// certificate, started when the cluster appears (or the state is loaded) and stopped when it is gone.
/// A port another process holds is skipped: that process serves it.
/// </summary>
internal sealed class KubernetesApiHost(SimulatorAccount account, TimeProvider wallClock, TextWriter? log) : IAsyncDisposable
{
    private readonly SemaphoreSlim _sync = new(1, 1);
    private readonly Dictionary<string, WebApplication> _servers = new(StringComparer.Ordinal);

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var wanted = await account.RunAsync(Clusters, mutates: false, cancellationToken);
        await _sync.WaitAsync(cancellationToken);
        try
        {
            foreach (var gone in _servers.Keys.Where(k => !wanted.ContainsKey(k)).ToList())
            {
                await _servers[gone].DisposeAsync();
                _servers.Remove(gone);
            }

            foreach (var (key, cluster) in wanted.Where(w => !_servers.ContainsKey(w.Key)))
            {
                var server = await StartAsync(key, cluster, cancellationToken);
                if (server is not null)
                {
                    _servers[key] = server;
                }
            }
        }
        finally
        {
            _sync.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            await server.DisposeAsync();
        }

        _servers.Clear();
        _sync.Dispose();
    }

    private Dictionary<string, KubernetesCluster> Clusters()
    {
        var eks = account.Find("eks") as EksService;
        var clusters = new Dictionary<string, KubernetesCluster>(StringComparer.Ordinal);
        eks?.Rules.Settle();
        foreach (var (region, state) in eks?.Rules.Regions ?? [])
        {
            foreach (var cluster in state.Clusters.Values.Where(c => c.Kubernetes is not null))
            {
                clusters[region + "/" + cluster.Name] = cluster.Kubernetes!;
            }
        }

        return clusters;
    }

    private async Task<WebApplication?> StartAsync(string key, KubernetesCluster cluster, CancellationToken cancellationToken)
    {
        var certificate = ClusterCertificates.ServerCertificate(cluster);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, cluster.Port, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var parts = key.Split('/', 2);
        var endpoint = new KubernetesEndpoint(account, parts[0], parts[1], wallClock);
        app.Run(endpoint.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
            return app;
        }
        catch (IOException e)
        {
            // Another process (the one holding the state directory earlier, or a stale port) serves it.
            log?.WriteLine($"Kubernetes API of {key} not served here: port {cluster.Port}: {e.Message}");
            await app.DisposeAsync();
            return null;
        }
    }

    internal static JsonObject Event(string type, JsonObject item) => new() { ["type"] = type, ["object"] = item };

    internal static async Task WriteAsync(HttpResponse response, KubernetesReply reply, CancellationToken cancellationToken)
    {
        response.StatusCode = reply.Code;
        response.ContentType = "application/json";
        await response.WriteAsync(reply.Body.ToJsonString(), cancellationToken);
    }
}
