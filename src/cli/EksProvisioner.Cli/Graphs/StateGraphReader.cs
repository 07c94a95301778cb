using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// Reads an ASL definition into a <see cref="StateGraph"/>. Only the structure matters here, so SAM
/// placeholders such as <c>${CreateClusterFunctionArn}</c> may stay; the definition is assumed valid
/// (<c>eksprov validate-asl</c> says why one is not).
/// </summary>
internal static class StateGraphReader
{
    public static StateGraph Read(string definition)
    {
        var root = JsonNode.Parse(definition)?.AsObject() ?? throw new FormatException("the definition is not a JSON object");
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var clusters = new List<GraphCluster>();
        ReadStates(root, null, nodes, edges, clusters);
        return new StateGraph(Text(root["StartAt"]) ?? throw new FormatException("the definition has no StartAt"), nodes, edges, clusters);
    }

    private static void ReadStates(JsonObject machine, string? cluster, List<GraphNode> nodes, List<GraphEdge> edges, List<GraphCluster> clusters)
    {
        foreach (var (name, value) in machine["States"]?.AsObject() ?? [])
        {
            var state = value!.AsObject();
            var type = Text(state["Type"]) ?? "?";
            var end = state["End"]?.GetValue<bool>() == true || type is "Succeed" or "Fail";
            nodes.Add(new GraphNode(name, type, cluster, end));
            if (Text(state["Next"]) is { } next)
            {
                edges.Add(new GraphEdge(name, next, EdgeKind.Next, null));
            }

            foreach (var choice in state["Choices"]?.AsArray() ?? [])
            {
                edges.Add(new GraphEdge(name, Text(choice!["Next"])!, EdgeKind.Choice, ChoiceLabel(choice.AsObject())));
            }

            if (Text(state["Default"]) is { } fallback)
            {
                edges.Add(new GraphEdge(name, fallback, EdgeKind.Default, "default"));
            }

            foreach (var handler in state["Catch"]?.AsArray() ?? [])
            {
                var errors = handler!["ErrorEquals"]?.AsArray().Select(Text) ?? [];
                edges.Add(new GraphEdge(name, Text(handler["Next"])!, EdgeKind.Catch, string.Join(", ", errors)));
            }

            var branches = state["Branches"]?.AsArray().Select(b => b!.AsObject()).ToList()
                ?? ((state["ItemProcessor"] ?? state["Iterator"]) is JsonObject iterator ? [iterator] : []);
            for (var i = 0; i < branches.Count; i++)
            {
                var id = branches.Count == 1 ? name + "/iterator" : string.Create(CultureInfo.InvariantCulture, $"{name}/branch{i + 1}");
                var label = type == "Map" ? name + " (each item)" : string.Create(CultureInfo.InvariantCulture, $"{name} branch {i + 1}");
                clusters.Add(new GraphCluster(id, label, name, cluster));
                edges.Add(new GraphEdge(name, Text(branches[i]["StartAt"])!, EdgeKind.Branch, null));
                ReadStates(branches[i], id, nodes, edges, clusters);
            }
        }
    }

    /// <summary>A short label for a Choice rule: its variable and comparison, or the JSONata condition.</summary>
    private static string ChoiceLabel(JsonObject rule)
    {
        if (Text(rule["Condition"]) is { } condition)
        {
            return condition;
        }

        var variable = Text(rule["Variable"]);
        var test = rule.FirstOrDefault(p => p.Key is not ("Variable" or "Next" or "Comment" or "Assign" or "Output"));
        var text = variable is null
            ? test.Key
            : $"{variable.TrimStart('$', '.')} {test.Key} {(test.Value is JsonValue v ? v.ToString() : "…")}";
        return text.Length > 40 ? text[..39] + "…" : text;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
