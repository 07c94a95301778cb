namespace EksProvisioner.Triggers.Reaping;

/// <summary>
/// A reaper pass could not start the teardown of some expired environments. Raised after the whole pass
/// (the others are started and the report is logged) so the function's invocation fails: Lambda's error
/// metric and the stack's alarm see it, and the async retry runs another pass.
/// </summary>
public sealed class ReapIncompleteException(IReadOnlyList<ReapSkip> failed)
    : Exception($"Could not start the teardown of {failed.Count} expired environment(s): "
        + string.Join("; ", failed.Select(f => f.Subject + ": " + f.Reason)))
{
    public IReadOnlyList<ReapSkip> Failed { get; } = failed;
}
