using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// OpenAPI v3 without schemas: the index and one document per group version whose PATCH operations take
/// `fieldValidation`, so kubectl leaves validation to the server instead of needing schemas (kubectl reads
/// OpenAPI v2 only as protobuf, which is not served).
/// </summary>
internal static class KubernetesOpenApi
{
    public static JsonObject Index()
    {
        var paths = new JsonObject();
        foreach (var groupVersion in KubernetesResources.GroupVersions)
        {
            var prefix = Prefix(groupVersion);
            paths[prefix] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{prefix}?hash=0" };
        }

        return new JsonObject { ["paths"] = paths };
    }

    /// <summary>The document of `/openapi/v3/api/v1` or `/openapi/v3/apis/G/V`, or null.</summary>
    public static JsonObject? Document(string path)
    {
        var groupVersion = KubernetesResources.GroupVersions.FirstOrDefault(gv => "/openapi/v3/" + Prefix(gv) == path);
        if (groupVersion is null)
        {
            return null;
        }

        var paths = new JsonObject();
        foreach (var r in KubernetesResources.All.Where(r => r.GroupVersion == groupVersion))
        {
            var item = $"/{Prefix(groupVersion)}/{(r.Namespaced ? "namespaces/{namespace}/" : string.Empty)}{r.Plural}/{{name}}";
            paths[item] = new JsonObject
            {
                ["patch"] = new JsonObject
                {
                    ["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = r.Group, ["version"] = r.Version, ["kind"] = r.Kind },
                    ["parameters"] = new JsonArray(new JsonObject { ["name"] = "fieldValidation", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } }),
                },
            };
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = "unversioned" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = new JsonObject() },
        };
    }

    private static string Prefix(string groupVersion) => groupVersion.Contains('/', StringComparison.Ordinal) ? "apis/" + groupVersion : "api/" + groupVersion;
}
