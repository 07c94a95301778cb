namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// A Parallel branch or a Map iterator: the states of <paramref name="Owner"/> drawn in a box.
/// <paramref name="Parent"/> is the cluster the owner itself is in (clusters nest).
/// </summary>
internal sealed record GraphCluster(string Id, string Label, string Owner, string? Parent);
