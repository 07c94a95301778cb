namespace EksProvisioner.Cli.Graphs;

/// <summary>A transition between two states; <paramref name="Label"/> names the Catch's errors or the Choice rule.</summary>
internal sealed record GraphEdge(string From, string To, EdgeKind Kind, string? Label);
