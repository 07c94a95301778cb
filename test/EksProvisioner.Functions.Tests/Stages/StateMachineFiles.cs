using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.Stages;

/// <summary>The repository's statemachine/*.asl.json files, found by walking up from the test binaries.</summary>
internal static class StateMachineFiles
{
    public static IReadOnlyList<string> Paths()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "statemachine");
            if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.asl.json").Length > 0)
            {
                return [.. Directory.GetFiles(folder, "*.asl.json").Order(StringComparer.Ordinal)];
            }
        }

        throw new DirectoryNotFoundException("statemachine/*.asl.json not found above " + AppContext.BaseDirectory);
    }

    public static JsonNode Load(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    /// <summary>Every node of the document, depth first.</summary>
    public static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }
}
