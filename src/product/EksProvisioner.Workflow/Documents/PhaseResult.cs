namespace EksProvisioner.Workflow.Documents;

/// <summary>A teardown phase's answer: whether it is finished, how long to wait otherwise, and what it deleted so far.</summary>
/// <param name="Deleted">Descriptions such as <c>nodegroup:dev/workers</c>, in the order they were deleted.</param>
public sealed record PhaseResult(bool Done, int WaitSeconds, IReadOnlyList<string> Deleted);
