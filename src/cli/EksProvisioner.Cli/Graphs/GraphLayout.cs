namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// Where everything goes: a box per state, a box per cluster, the layer of each state and which edges
/// point back up (loops). Made by <see cref="LayeredLayout"/>; the same graph always lays out the same.
/// </summary>
internal sealed record GraphLayout(
    IReadOnlyDictionary<string, LayoutBox> Nodes,
    IReadOnlyDictionary<string, LayoutBox> Clusters,
    IReadOnlyDictionary<string, int> Layers,
    IReadOnlySet<GraphEdge> BackEdges,
    double Width,
    double Height);
