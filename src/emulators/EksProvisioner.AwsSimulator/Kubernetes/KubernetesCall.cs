using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>One HTTP call to a cluster's API as the router reads it (the body parsed, the query flattened).</summary>
internal sealed record KubernetesCall(string Method, string Path, IReadOnlyDictionary<string, string> Query, string? Authorization, string? ContentType, JsonObject? Body)
{
    public string? Param(string name) => Query.GetValueOrDefault(name);

    public bool Watch => Param("watch") is "true" or "1";

    /// <summary>The Kubernetes verb (`apply` is a PATCH with application/apply-patch+yaml).</summary>
    public string Verb(KubernetesPath path) => Method switch
    {
        "GET" => path.Name is null ? (Watch ? "watch" : "list") : "get",
        "POST" => "create",
        "PUT" => "update",
        "PATCH" => ContentType?.StartsWith("application/apply-patch", StringComparison.Ordinal) == true ? "apply" : "patch",
        "DELETE" => "delete",
        _ => "unknown",
    };
}
