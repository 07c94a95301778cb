using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Eks;
using EksProvisioner.AwsSimulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// The HTTP side of one cluster's API: reads the call, runs it in the account's gate and writes the answer;
/// a watch sends the current objects as ADDED, then the changes it sees each second of wall time, until
/// timeoutSeconds (at most five minutes) or the client goes.
/// </summary>
internal sealed class KubernetesEndpoint(SimulatorAccount account, string region, string clusterName, TimeProvider wallClock)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var call = await ReadAsync(context.Request, cancellationToken);
        var writes = call.Method is not ("GET" or "HEAD");
        var reply = await account.RunAsync(() => Run(call), writes, cancellationToken);
        if (!call.Watch || reply.Code != 200)
        {
            await KubernetesApiHost.WriteAsync(context.Response, reply, cancellationToken);
            return;
        }

        context.Response.ContentType = "application/json";
        var seconds = int.TryParse(call.Param("timeoutSeconds"), CultureInfo.InvariantCulture, out var t) ? Math.Min(t, 300) : 300;
        var until = wallClock.GetUtcNow().AddSeconds(seconds);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await SendChangesAsync(context.Response, (JsonArray)reply.Body["items"]!, seen, cancellationToken);
                if (wallClock.GetUtcNow() >= until)
                {
                    return;
                }

                await Task.Delay(Poll, wallClock, cancellationToken);
                reply = await account.RunAsync(() => Run(call), mutates: false, cancellationToken);
                if (reply.Code != 200)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client closed the watch.
        }
    }

    private static async Task SendChangesAsync(HttpResponse response, JsonArray items, Dictionary<string, string> seen, CancellationToken cancellationToken)
    {
        var now = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var item in items.OfType<JsonObject>())
        {
            now[$"{item["metadata"]?["namespace"]}/{item["metadata"]?["name"]}"] = item;
        }

        foreach (var (key, item) in now)
        {
            var text = item.ToJsonString();
            if (!seen.TryGetValue(key, out var before) || before != text)
            {
                await response.WriteAsync(KubernetesApiHost.Event(seen.ContainsKey(key) ? "MODIFIED" : "ADDED", (JsonObject)item.DeepClone()).ToJsonString() + "\n", cancellationToken);
                seen[key] = text;
            }
        }

        foreach (var key in seen.Keys.Where(k => !now.ContainsKey(k)).ToList())
        {
            await response.WriteAsync(KubernetesApiHost.Event("DELETED", new JsonObject { ["metadata"] = new JsonObject { ["name"] = key.Split('/')[1] } }).ToJsonString() + "\n", cancellationToken);
            seen.Remove(key);
        }

        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task<KubernetesCall> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonObject? body = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
            }
            catch (JsonException)
            {
                body = null;
            }
        }

        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        return new KubernetesCall(request.Method, request.Path.Value ?? "/", query, request.Headers.Authorization.ToString(), request.ContentType, body);
    }

    private KubernetesReply Run(KubernetesCall call)
    {
        var eks = (EksService?)account.Find("eks");
        eks?.Rules.Settle();
        var cluster = eks?.Rules.Regions.GetValueOrDefault(region)?.Clusters.GetValueOrDefault(clusterName);
        if (cluster?.Kubernetes is null)
        {
            return KubernetesReply.Failure(503, "ServiceUnavailable", "the cluster is gone");
        }

        var view = new KubernetesView(cluster, region, account.Clock.GetUtcNow(), account.Network, account.LoadBalancers);
        return KubernetesRouter.Handle(view, account.AccountId, call);
    }
}
