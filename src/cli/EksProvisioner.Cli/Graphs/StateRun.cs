namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// One state's part in an execution: its status, how often it was entered (poll loops, Map items), its
/// retries (attempts after the first, over all entries) and the time from first entry to last exit.
/// </summary>
internal sealed record StateRun(RunStatus Status, int Entries, int Retries, TimeSpan? Duration, string? Error)
{
    public static StateRun NotReached { get; } = new(RunStatus.NotReached, 0, 0, null, null);
}
