using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>An API answer: HTTP status and body (a Kubernetes object, list or Status).</summary>
internal sealed record KubernetesReply(int Code, JsonNode Body)
{
    public static KubernetesReply Ok(JsonNode body) => new(200, body);

    /// <summary>A `Status` of kind Failure, as the API server writes it for errors.</summary>
    public static KubernetesReply Failure(int code, string reason, string message, string? name = null, string? kind = null)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = reason,
            ["code"] = code,
        };
        if (name is not null)
        {
            status["details"] = new JsonObject { ["name"] = name, ["kind"] = kind };
        }

        return new(code, status);
    }

    public static KubernetesReply NotFound(KubernetesResource resource, string name) =>
        Failure(404, "NotFound", $"{resource.Plural}{Group(resource)} \"{name}\" not found", name, resource.Plural);

    public static KubernetesReply Unauthorized() => Failure(401, "Unauthorized", "Unauthorized");

    public static KubernetesReply Forbidden(string user, string verb, KubernetesResource resource, string? ns) =>
        Failure(403, "Forbidden", $"{resource.Plural}{Group(resource)} is forbidden: User \"{user}\" cannot {verb} resource \"{resource.Plural}\" in API group \"{resource.Group}\""
            + (ns is null ? " at the cluster scope" : $" in the namespace \"{ns}\""));

    private static string Group(KubernetesResource resource) => resource.Group.Length == 0 ? string.Empty : "." + resource.Group;
}
