using System.Globalization;
using System.Text;

namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// Mermaid flowchart text for READMEs and ticket comments: states as <c>s0</c>, <c>s1</c>… (state names may
/// hold characters Mermaid ids cannot), Choice as a rhombus, Succeed/Fail as stadiums, branches and
/// iterators as subgraphs, Catch edges dotted and red, one classDef per <see cref="RunStatus"/>.
/// </summary>
internal static class MermaidRenderer
{
    public static string Render(StateGraph graph, IReadOnlyDictionary<string, StateRun>? runs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var ids = graph.Nodes.Select((n, i) => (n.Name, Id: "s" + i.ToString(CultureInfo.InvariantCulture))).ToDictionary(p => p.Name, p => p.Id, StringComparer.Ordinal);
        var text = new StringBuilder("flowchart TD\n");
        Members(graph, null, ids, runs, text, "  ");
        var links = 0;
        var catches = new List<int>();
        foreach (var edge in graph.Edges.Where(e => ids.ContainsKey(e.To)))
        {
            var label = edge.Label is null ? "" : "|" + Escape(edge.Label) + "|";
            var arrow = edge.Kind switch
            {
                EdgeKind.Catch or EdgeKind.Default => "-.->",
                EdgeKind.Branch => "==>",
                _ => "-->",
            };
            text.Append(CultureInfo.InvariantCulture, $"  {ids[edge.From]} {arrow}{label} {ids[edge.To]}\n");
            if (edge.Kind == EdgeKind.Catch)
            {
                catches.Add(links);
            }

            links++;
        }

        if (catches.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"  linkStyle {string.Join(",", catches)} stroke:{GraphStyle.CatchColour},color:{GraphStyle.CatchColour}\n");
        }

        if (runs is not null)
        {
            foreach (var group in graph.Nodes.GroupBy(n => GraphStyle.RunOf(runs, n.Name)!.Status).OrderBy(g => g.Key))
            {
                var css = GraphStyle.CssClass(group.Key).Replace("-", "", StringComparison.Ordinal);
                text.Append(CultureInfo.InvariantCulture, $"  classDef {css} fill:{GraphStyle.Fill(group.Key)},stroke:{GraphStyle.Stroke(group.Key)}\n");
                text.Append(CultureInfo.InvariantCulture, $"  class {string.Join(",", group.Select(n => ids[n.Name]))} {css}\n");
            }
        }

        return text.ToString();
    }

    private static void Members(StateGraph graph, string? cluster, Dictionary<string, string> ids, IReadOnlyDictionary<string, StateRun>? runs, StringBuilder text, string indent)
    {
        foreach (var node in graph.Nodes.Where(n => n.Cluster == cluster))
        {
            var label = "\"" + Escape(node.Name) + "<br/><small>" + Escape(GraphStyle.Caption(node, GraphStyle.RunOf(runs, node.Name))) + "</small>\"";
            var shape = node.Type switch
            {
                "Choice" => "{" + label + "}",
                "Succeed" or "Fail" => "([" + label + "])",
                "Pass" or "Wait" => "(" + label + ")",
                _ => "[" + label + "]",
            };
            text.Append(indent).Append(ids[node.Name]).Append(shape).Append('\n');
        }

        foreach (var (child, i) in graph.Clusters.Select((c, i) => (c, i)).Where(p => p.c.Parent == cluster))
        {
            text.Append(CultureInfo.InvariantCulture, $"{indent}subgraph c{i}[\"{Escape(child.Label)}\"]\n");
            Members(graph, child.Id, ids, runs, text, indent + "  ");
            text.Append(indent).Append("end\n");
        }
    }

    /// <summary>Mermaid's entity codes for the characters that would end a label.</summary>
    private static string Escape(string text) => text
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("|", "#124;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
