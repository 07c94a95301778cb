namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// Crossing reduction for <see cref="LayeredLayout"/>: a few downward and upward barycentre sweeps, each
/// layer sorted by the average position of its neighbours in the layer before. States of one cluster stay
/// side by side (sorted by their cluster's average first), so cluster boxes do not swallow other states.
/// </summary>
internal static class LayerOrdering
{
    private const int Sweeps = 4;

    public static List<List<string>> Order(StateGraph graph, List<List<string>> layers, IReadOnlyList<(string From, string To)> edges)
    {
        var position = new Dictionary<string, double>(StringComparer.Ordinal);
        Renumber(layers, position);
        var chains = graph.Nodes.ToDictionary(n => n.Name, n => Chain(graph, n.Cluster), StringComparer.Ordinal);
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var down = sweep % 2 == 0;
            var range = down ? Enumerable.Range(1, layers.Count - 1) : Enumerable.Range(0, layers.Count - 1).Reverse();
            foreach (var i in range)
            {
                var bary = layers[i].ToDictionary(
                    n => n,
                    n =>
                    {
                        var neighbours = down ? edges.Where(e => e.To == n).Select(e => e.From) : edges.Where(e => e.From == n).Select(e => e.To);
                        var known = neighbours.Where(position.ContainsKey).Select(m => position[m]).ToList();
                        return known.Count == 0 ? position[n] : known.Average();
                    },
                    StringComparer.Ordinal);
                layers[i] = [.. layers[i].OrderBy(n => n, new ClusterFirst(chains, bary)).ThenBy(n => position[n])];
                Renumber([layers[i]], position);
            }
        }

        return layers;
    }

    /// <summary>The clusters a state is in, outermost first.</summary>
    private static List<string> Chain(StateGraph graph, string? cluster)
    {
        var chain = new List<string>();
        for (var c = cluster; c is not null; c = graph.Clusters.First(x => x.Id == c).Parent)
        {
            chain.Insert(0, c);
        }

        return chain;
    }

    private static void Renumber(List<List<string>> layers, Dictionary<string, double> position)
    {
        foreach (var layer in layers)
        {
            for (var i = 0; i < layer.Count; i++)
            {
                position[layer[i]] = layer.Count == 1 ? 0.5 : (double)i / (layer.Count - 1);
            }
        }
    }

    /// <summary>Compares by the mean barycentre of the outermost cluster where two states differ, then their own.</summary>
    private sealed class ClusterFirst(Dictionary<string, List<string>> chains, Dictionary<string, double> bary) : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            var a = chains[x!];
            var b = chains[y!];
            var depth = 0;
            while (depth < a.Count && depth < b.Count && a[depth] == b[depth])
            {
                depth++;
            }

            var keyA = depth < a.Count ? Mean(a[depth], depth) : bary[x!];
            var keyB = depth < b.Count ? Mean(b[depth], depth) : bary[y!];
            var byKey = keyA.CompareTo(keyB);
            return byKey != 0 ? byKey : string.CompareOrdinal(depth < a.Count ? a[depth] : x, depth < b.Count ? b[depth] : y);
        }

        private double Mean(string cluster, int depth) =>
            bary.Where(p => chains[p.Key].Count > depth && chains[p.Key][depth] == cluster).Average(p => p.Value);
    }
}
