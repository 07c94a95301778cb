namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// One state. State names are unique in a whole state machine (ASL), so the name is the node's id,
/// and history events find their node by it. <paramref name="Cluster"/> is the branch or iterator it is in.
/// </summary>
internal sealed record GraphNode(string Name, string Type, string? Cluster, bool IsEnd);
