namespace EksProvisioner.Workflow.Documents;

/// <summary>A teardown phase's answer: whether it is finished, how long to wait otherwise, and what it deleted so far.</summary>
/// <param name="Deleted">Descriptions such as <c>nodegroup:dev/workers</c>, in the order they were deleted.</param>
/// <param name="Blocked">What AWS refused to delete on the last pass and why (<c>subnet:subnet-1: DependencyViolation ...</c>).</param>
/// <param name="Pass">The number of this pass, fed back as the next pass's input.</param>
public sealed record PhaseResult(bool Done, int WaitSeconds, IReadOnlyList<string> Deleted, IReadOnlyList<string>? Blocked = null, int Pass = 0);
