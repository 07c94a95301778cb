namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// A state machine as a graph: one node per state (nested ones too), edges for Next, Choices, Default,
/// Catch and branch entries, and one cluster per Parallel branch or Map iterator. Built by
/// <see cref="StateGraphReader"/>; drawn by the renderers.
/// </summary>
internal sealed record StateGraph(string StartAt, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, IReadOnlyList<GraphCluster> Clusters)
{
    public GraphNode Node(string name) => Nodes.First(n => n.Name == name);

    /// <summary>The states inside <paramref name="owner"/>'s branches or iterator, at any depth.</summary>
    public IEnumerable<GraphNode> Inside(string owner)
    {
        var clusters = Clusters.Where(c => c.Owner == owner).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var node in Nodes.Where(n => n.Cluster is not null && clusters.Contains(n.Cluster)))
        {
            yield return node;
            foreach (var inner in Inside(node.Name))
            {
                yield return inner;
            }
        }
    }
}
