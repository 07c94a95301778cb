using System.Globalization;
using System.Text;
using System.Xml;

namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// Draws a <see cref="StateGraph"/> with <see cref="LayeredLayout"/> as standalone SVG: clusters as boxes,
/// one <c>&lt;g class="state …" data-state="Name"&gt;</c> per state (coloured by its <see cref="RunStatus"/>,
/// its status in a tooltip), forward edges as curves, loops around the right side, Catch edges dashed red.
/// Written with XmlWriter, so names are escaped and the output is well-formed.
/// </summary>
internal static class SvgRenderer
{
    private const string Ns = "http://www.w3.org/2000/svg";

    public static string Render(StateGraph graph, IReadOnlyDictionary<string, StateRun>? runs, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var layout = LayeredLayout.Lay(graph);
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true }))
        {
            w.WriteStartElement("svg", Ns);
            w.WriteAttributeString("width", N(layout.Width));
            w.WriteAttributeString("height", N(layout.Height));
            w.WriteAttributeString("viewBox", $"0 0 {N(layout.Width)} {N(layout.Height)}");
            w.WriteAttributeString("font-family", "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif");
            if (title is not null)
            {
                w.WriteElementString("title", Ns, title);
            }

            SvgParts.Defs(w);
            foreach (var cluster in graph.Clusters.Where(c => layout.Clusters.ContainsKey(c.Id)))
            {
                SvgParts.Cluster(w, cluster, layout.Clusters[cluster.Id]);
            }

            w.WriteStartElement("g", Ns);
            w.WriteAttributeString("class", "edges");
            var loop = 0;
            var lane = 0;
            foreach (var edge in graph.Edges.Where(e => layout.Nodes.ContainsKey(e.From) && layout.Nodes.ContainsKey(e.To)))
            {
                SvgParts.Edge(w, edge, Source(graph, layout, edge), layout.Nodes[edge.To], layout.BackEdges.Contains(edge) ? ++loop : 0, edge.Kind == EdgeKind.Catch ? lane++ : 0);
            }

            w.WriteEndElement();
            foreach (var node in graph.Nodes)
            {
                SvgParts.State(w, node, layout.Nodes[node.Name], GraphStyle.RunOf(runs, node.Name), node.Name == graph.StartAt);
            }

            w.WriteEndElement();
        }

        return text.ToString();
    }

    /// <summary>
    /// Where an edge leaves: a Parallel or Map state goes on (Next, or its Choice-free successors) from below
    /// its branches, so the line does not cross them; Branch and Catch edges leave the state itself.
    /// </summary>
    private static LayoutBox Source(StateGraph graph, GraphLayout layout, GraphEdge edge)
    {
        var box = layout.Nodes[edge.From];
        var below = graph.Clusters.Where(c => c.Owner == edge.From && layout.Clusters.ContainsKey(c.Id)).Select(c => layout.Clusters[c.Id].Bottom).DefaultIfEmpty(box.Bottom).Max();
        return edge.Kind is EdgeKind.Branch or EdgeKind.Catch ? box : box with { Y = below - box.Height };
    }

    internal static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
