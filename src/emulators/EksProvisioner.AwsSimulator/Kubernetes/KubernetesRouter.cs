using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Eks;
using EksProvisioner.AwsSimulator.Sts;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// Routes one call to a cluster's API: authenticates the EKS token (401), authorizes it against the access
/// entries (403), then discovery or a verb of <see cref="KubernetesRules"/>. Runs inside the account's gate.
/// </summary>
internal static class KubernetesRouter
{
    public static KubernetesReply Handle(KubernetesView view, string accountId, KubernetesCall call)
    {
        if (view.Cluster.Life.PhaseAt(view.Now) != Phase.Active)
        {
            return KubernetesReply.Failure(503, "ServiceUnavailable", "the cluster is not ACTIVE");
        }

        var token = call.Authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true ? call.Authorization[7..].Trim() : null;
        var accessKey = KubernetesToken.Verify(token, view.Cluster.Name, view.Now, SimulatedCallers.SecretFor, out _);
        var caller = accessKey is null ? null : SimulatedCallers.UserArn(accountId, accessKey);
        if (caller is null || !KubernetesAccess.Knows(view.Cluster, caller))
        {
            return KubernetesReply.Unauthorized();
        }

        var discovery = Discovery(view, call.Path);
        if (discovery is not null)
        {
            return KubernetesReply.Ok(discovery);
        }

        var path = KubernetesPath.Parse(call.Path);
        if (path?.Resource is not { } resource)
        {
            return path is not null && KubernetesDiscovery.Resources(path.GroupVersion) is { } list
                ? KubernetesReply.Ok(list)
                : KubernetesReply.Failure(404, "NotFound", "the server could not find the requested resource");
        }

        var verb = call.Verb(path);
        var ns = resource.Namespaced ? path.Namespace : null;
        if (!KubernetesAccess.Allows(view.Cluster, caller, verb == "apply" ? "patch" : verb, resource, ns))
        {
            return KubernetesReply.Forbidden(caller, verb == "apply" ? "patch" : verb, resource, ns);
        }

        return verb switch
        {
            "get" => KubernetesRules.Get(view, resource, ns, path.Name!),
            "list" or "watch" => KubernetesReply.Ok(List(view, resource, ns, call)),
            "create" or "update" or "patch" or "apply" when call.Body is null => KubernetesReply.Failure(400, "BadRequest", "the body is not a JSON object"),
            "create" or "update" or "patch" or "apply" => KubernetesRules.Write(view, resource, ns, path.Name, call.Body!, verb, call.Param("fieldManager")),
            "delete" when path.Name is not null => KubernetesRules.Delete(view, resource, ns, path.Name),
            _ => KubernetesReply.Failure(405, "MethodNotAllowed", $"the server does not allow this method on the requested resource"),
        };
    }

    private static JsonObject? Discovery(KubernetesView view, string path) => path.TrimEnd('/') switch
    {
        "/version" => KubernetesDiscovery.Version(view.Cluster.Version),
        "/api" => KubernetesDiscovery.CoreVersions(),
        "/apis" => KubernetesDiscovery.Groups(),
        "/openapi/v3" => KubernetesOpenApi.Index(),
        var p when p.StartsWith("/openapi/v3/", StringComparison.Ordinal) => KubernetesOpenApi.Document(p),
        var p when p.StartsWith("/apis/", StringComparison.Ordinal) && p.Count(c => c == '/') == 2 =>
            KubernetesResources.All.FirstOrDefault(r => r.Group == p[6..]) is { } r ? KubernetesDiscovery.Group(r.Group, r.Version) : null,
        _ => null,
    };

    private static JsonObject List(KubernetesView view, KubernetesResource resource, string? ns, KubernetesCall call) => new()
    {
        ["kind"] = resource.Kind + "List",
        ["apiVersion"] = resource.ApiVersion,
        ["metadata"] = new JsonObject { ["resourceVersion"] = view.Api.ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        ["items"] = new JsonArray([.. KubernetesRules.List(view, resource, ns, call.Param("labelSelector"), call.Param("fieldSelector")).Select(o => (JsonNode)o)]),
    };
}
