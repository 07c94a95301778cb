using System.Globalization;
using System.Text;

namespace EksProvisioner.Cli.Graphs;

/// <summary>Graphviz dot text: branches and iterators as <c>cluster_</c> subgraphs, Catch edges dashed red, states filled by status.</summary>
internal static class DotRenderer
{
    public static string Render(StateGraph graph, IReadOnlyDictionary<string, StateRun>? runs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var text = new StringBuilder("digraph StateMachine {\n  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fillcolor=\"#ffffff\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
        Members(graph, null, runs, text, "  ");
        foreach (var edge in graph.Edges)
        {
            var attributes = new List<string>();
            if (edge.Label is not null)
            {
                attributes.Add($"label={Quote(edge.Label)}");
            }

            attributes.AddRange(edge.Kind switch
            {
                EdgeKind.Catch => ["style=dashed", $"color=\"{GraphStyle.CatchColour}\"", $"fontcolor=\"{GraphStyle.CatchColour}\""],
                EdgeKind.Default => ["style=dotted"],
                EdgeKind.Branch => ["style=bold"],
                _ => [],
            });
            text.Append(CultureInfo.InvariantCulture, $"  {Quote(edge.From)} -> {Quote(edge.To)}{(attributes.Count == 0 ? "" : " [" + string.Join(", ", attributes) + "]")};\n");
        }

        return text.Append("}\n").ToString();
    }

    private static void Members(StateGraph graph, string? cluster, IReadOnlyDictionary<string, StateRun>? runs, StringBuilder text, string indent)
    {
        foreach (var node in graph.Nodes.Where(n => n.Cluster == cluster))
        {
            var run = GraphStyle.RunOf(runs, node.Name);
            var shape = node.Type == "Choice" ? ", shape=diamond" : "";
            var colours = run is null ? "" : $", fillcolor=\"{GraphStyle.Fill(run.Status)}\", color=\"{GraphStyle.Stroke(run.Status)}\"";
            text.Append(CultureInfo.InvariantCulture, $"{indent}{Quote(node.Name)} [label={Quote(node.Name + "\n" + GraphStyle.Caption(node, run))}{shape}{colours}];\n");
        }

        foreach (var (child, i) in graph.Clusters.Select((c, i) => (c, i)).Where(p => p.c.Parent == cluster))
        {
            text.Append(CultureInfo.InvariantCulture, $"{indent}subgraph cluster_{i} {{\n{indent}  label={Quote(child.Label)};\n{indent}  style=dashed;\n");
            Members(graph, child.Id, runs, text, indent + "  ");
            text.Append(indent).Append("}\n");
        }
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
