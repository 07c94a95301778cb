using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// RFC 7386 merge: objects merge, null removes, anything else replaces. Server-side apply and strategic merge
/// patches are approximated by it (lists are replaced whole, which is what a single field manager sees).
/// </summary>
internal static class JsonMergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject is { } existing ? (JsonObject)existing.DeepClone() : [];
        foreach (var (key, value) in patchObject)
        {
            if (key.StartsWith("$", StringComparison.Ordinal))
            {
                continue;
            }

            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = Apply(result[key], value);
            }
        }

        return result;
    }
}
