namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// A Sugiyama-style layout, kept small: a depth-first walk from StartAt marks the edges that close loops
/// (poll loops such as Wait → Check → Choice) as back edges; the rest get longest-path layers, where
/// a Parallel or Map state's own transitions leave from below its deepest branch state; then
/// <see cref="LayerOrdering"/> reduces crossings and rows are centred. Everything iterates in definition
/// order, so the output is deterministic.
/// </summary>
internal static class LayeredLayout
{
    public const double NodeHeight = 46;
    private const double LayerGap = 64;
    private const double Margin = 24;

    /// <summary>Room on the left for Catch edges and on the right for loops, which run beside the states.</summary>
    public const double Gutter = 90;
    private const double ClusterLabel = 16;

    public static GraphLayout Lay(StateGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var back = BackEdges(graph);
        var constraints = Constraints(graph, back);
        var layer = Layers(graph, constraints);
        var rows = Enumerable.Range(0, layer.Values.DefaultIfEmpty(0).Max() + 1)
            .Select(i => graph.Nodes.Where(n => layer[n.Name] == i).Select(n => n.Name).ToList())
            .ToList();
        rows = LayerOrdering.Order(graph, rows, constraints);

        var widths = graph.Nodes.ToDictionary(n => n.Name, Width, StringComparer.Ordinal);
        var order = rows.SelectMany(r => r.Select((n, i) => (n, (double)i / Math.Max(1, r.Count - 1)))).ToDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);
        var left = new BandPlacement(graph, layer, order, widths).Place();
        var boxes = graph.Nodes.ToDictionary(
            n => n.Name,
            n => new LayoutBox(Gutter + left[n.Name], Margin + ClusterLabel + (layer[n.Name] * (NodeHeight + LayerGap)), widths[n.Name], NodeHeight),
            StringComparer.Ordinal);
        var width = boxes.Values.Select(b => b.Right).DefaultIfEmpty(0).Max() + Gutter;
        var clusters = ClusterBoxes(graph, boxes);
        var height = boxes.Values.Select(b => b.Bottom).Concat(clusters.Values.Select(b => b.Bottom)).DefaultIfEmpty(0).Max() + Margin;
        return new GraphLayout(boxes, clusters, layer, back, width, height);
    }

    /// <summary>Room for the bold name (about 8 units a character) or a caption of up to 34 characters.</summary>
    private static double Width(GraphNode node) => Math.Max(182, (node.Name.Length * 8.2) + 24);

    private static HashSet<GraphEdge> BackEdges(StateGraph graph)
    {
        var back = new HashSet<GraphEdge>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the stack, 2 done
        var roots = new[] { graph.StartAt }.Concat(graph.Nodes.Select(n => n.Name));
        foreach (var root in roots.Where(r => !state.ContainsKey(r)))
        {
            // Iterative DFS: a long chain of states must not exhaust the stack.
            var stack = new Stack<(string Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var outgoing = graph.Edges.Where(e => e.From == node).ToList();
                if (next >= outgoing.Count)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                var edge = outgoing[next];
                switch (state.GetValueOrDefault(edge.To))
                {
                    case 1:
                        back.Add(edge);
                        break;
                    case 0 when graph.Nodes.Any(n => n.Name == edge.To):
                        state[edge.To] = 1;
                        stack.Push((edge.To, 0));
                        break;
                }
            }
        }

        return back;
    }

    /// <summary>The forward edges, plus one from each state inside a Parallel or Map to wherever that state goes next.</summary>
    private static List<(string From, string To)> Constraints(StateGraph graph, HashSet<GraphEdge> back)
    {
        var names = graph.Nodes.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var result = new List<(string, string)>();
        foreach (var edge in graph.Edges.Where(e => !back.Contains(e) && names.Contains(e.To)))
        {
            result.Add((edge.From, edge.To));
            if (edge.Kind != EdgeKind.Branch)
            {
                result.AddRange(graph.Inside(edge.From).Select(n => (n.Name, edge.To)));
            }
        }

        return result;
    }

    private static Dictionary<string, int> Layers(StateGraph graph, List<(string From, string To)> edges)
    {
        var layer = graph.Nodes.ToDictionary(n => n.Name, _ => 0, StringComparer.Ordinal);
        // Relaxation bounded by the node count: the constraint edges are acyclic, the bound only guards a bad definition.
        for (var round = 0; round <= graph.Nodes.Count; round++)
        {
            var changed = false;
            foreach (var (from, to) in edges.Where(e => layer[e.To] < layer[e.From] + 1))
            {
                layer[to] = layer[from] + 1;
                changed = true;
            }

            if (!changed)
            {
                break;
            }
        }

        return layer;
    }

    private static Dictionary<string, LayoutBox> ClusterBoxes(StateGraph graph, Dictionary<string, LayoutBox> nodes)
    {
        var result = new Dictionary<string, LayoutBox>(StringComparer.Ordinal);
        // Innermost first: a cluster's box holds its states and the boxes of the clusters inside it.
        foreach (var cluster in graph.Clusters.Reverse())
        {
            var inside = graph.Nodes.Where(n => n.Cluster == cluster.Id).Select(n => nodes[n.Name])
                .Concat(graph.Clusters.Where(c => c.Parent == cluster.Id && result.ContainsKey(c.Id)).Select(c => result[c.Id]))
                .ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            var left = inside.Min(b => b.X) - BandPlacement.Pad;
            var top = inside.Min(b => b.Y) - BandPlacement.Pad - ClusterLabel;
            result[cluster.Id] = new LayoutBox(left, top, inside.Max(b => b.Right) + BandPlacement.Pad - left, inside.Max(b => b.Bottom) + BandPlacement.Pad - top);
        }

        return result;
    }
}
