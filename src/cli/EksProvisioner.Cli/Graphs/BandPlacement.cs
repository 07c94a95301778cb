namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// Horizontal placement for <see cref="LayeredLayout"/>. Each Parallel branch or Map iterator gets a band of
/// its own, side by side under its state and as wide as its widest row, so cluster boxes never overlap other
/// states; inside a band the same rule applies again. Rows of a scope without bands are centred, states
/// beside a band go to its right, in the order <see cref="LayerOrdering"/> found.
/// </summary>
internal sealed class BandPlacement(StateGraph graph, IReadOnlyDictionary<string, int> layers, IReadOnlyDictionary<string, double> order, IReadOnlyDictionary<string, double> widths)
{
    public const double Pad = 10;
    private const double Gap = 28;

    /// <summary>The left edge of every state, from 0.</summary>
    public Dictionary<string, double> Place() => Scope(null).X;

    private (double Width, Dictionary<string, double> X) Scope(string? cluster)
    {
        var bands = graph.Clusters.Where(c => c.Parent == cluster)
            .Select(c => (Id: c.Id, Members: Deep(c.Id).ToList()))
            .Where(b => b.Members.Count > 0)
            .Select(b => new Band(b.Members.Min(m => layers[m]), b.Members.Max(m => layers[m]), b.Members.Average(m => order[m]), Scope(b.Id)))
            .ToList();
        var groups = Groups(bands);
        var direct = graph.Nodes.Where(n => n.Cluster == cluster).Select(n => n.Name).ToList();
        var rows = direct.GroupBy(n => layers[n]).ToDictionary(g => g.Key, g => g.OrderBy(n => order[n]).ToList());
        double RowWidth(List<string> row) => row.Sum(n => widths[n]) + (Gap * Math.Max(0, row.Count - 1));
        Group? GroupOf(int layer) => groups.FirstOrDefault(g => g.From <= layer && layer <= g.To);

        // A group's rows: its bands side by side, then the scope's own states of that layer.
        foreach (var g in groups)
        {
            g.RowWidth = rows.Where(r => GroupOf(r.Key) == g).Select(r => g.BandWidth + Gap + RowWidth(r.Value)).Append(g.BandWidth).Max();
        }

        var width = rows.Where(r => GroupOf(r.Key) is null).Select(r => RowWidth(r.Value)).Concat(groups.Select(g => g.RowWidth)).DefaultIfEmpty(0).Max();
        var x = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var left = (width - g.RowWidth) / 2;
            foreach (var band in g.Bands)
            {
                foreach (var (name, inner) in band.Inner.X)
                {
                    x[name] = left + Pad + inner;
                }

                left += band.Inner.Width + (2 * Pad) + Gap;
            }
        }

        foreach (var (layer, row) in rows)
        {
            var at = GroupOf(layer) is { } g ? ((width - g.RowWidth) / 2) + g.BandWidth + Gap : (width - RowWidth(row)) / 2;
            foreach (var name in row)
            {
                x[name] = at;
                at += widths[name] + Gap;
            }
        }

        return (width, x);
    }

    /// <summary>Bands whose layers overlap share rows, so they go side by side; other groups stack.</summary>
    private static List<Group> Groups(List<Band> bands)
    {
        var groups = new List<Group>();
        foreach (var band in bands.OrderBy(b => b.From).ThenBy(b => b.Order))
        {
            if (groups.Count > 0 && band.From <= groups[^1].To)
            {
                groups[^1].Bands.Add(band);
                groups[^1].To = Math.Max(groups[^1].To, band.To);
            }
            else
            {
                groups.Add(new Group { From = band.From, To = band.To, Bands = [band] });
            }
        }

        foreach (var g in groups)
        {
            g.Bands.Sort((a, b) => a.Order.CompareTo(b.Order));
        }

        return groups;
    }

    /// <summary>The states in a cluster and in the clusters inside it.</summary>
    private IEnumerable<string> Deep(string cluster) =>
        graph.Nodes.Where(n => n.Cluster == cluster).Select(n => n.Name)
            .Concat(graph.Clusters.Where(c => c.Parent == cluster).SelectMany(c => Deep(c.Id)));

    private sealed record Band(int From, int To, double Order, (double Width, Dictionary<string, double> X) Inner);

    private sealed class Group
    {
        public int From { get; init; }

        public int To { get; set; }

        public required List<Band> Bands { get; init; }

        public double BandWidth => Bands.Sum(b => b.Inner.Width + (2 * Pad)) + (Gap * Math.Max(0, Bands.Count - 1));

        public double RowWidth { get; set; }
    }
}
