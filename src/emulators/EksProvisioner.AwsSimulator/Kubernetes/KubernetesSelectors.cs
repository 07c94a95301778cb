using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>Equality label and field selectors (`a=b,c!=d`, `metadata.name=x`), what kubectl sends.</summary>
internal static class KubernetesSelectors
{
    public static bool Matches(JsonObject item, string? labelSelector, string? fieldSelector)
    {
        var labels = item["metadata"]?["labels"] as JsonObject ?? [];
        return All(labelSelector, k => (string?)labels[k]) && All(fieldSelector, path => Field(item, path));
    }

    private static bool All(string? selector, Func<string, string?> value)
    {
        foreach (var term in (selector ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var negate = term.Contains("!=", StringComparison.Ordinal);
            var parts = term.Split(negate ? "!=" : term.Contains("==", StringComparison.Ordinal) ? "==" : "=", 2);
            var actual = value(parts[0].Trim());
            var ok = parts.Length == 1 ? actual is not null : (actual == parts[1].Trim()) != negate;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static string? Field(JsonObject item, string path)
    {
        JsonNode? node = item;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node?.ToString();
    }
}
