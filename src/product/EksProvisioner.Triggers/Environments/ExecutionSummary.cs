namespace EksProvisioner.Triggers.Environments;

/// <summary>One execution as ListExecutions reports it.</summary>
/// <param name="Status">RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED or PENDING_REDRIVE.</param>
public sealed record ExecutionSummary(string ExecutionArn, string Name, string Status, DateTimeOffset StartDate, DateTimeOffset? StopDate)
{
    public bool IsRunning => Status == "RUNNING";

    public bool Succeeded => Status == "SUCCEEDED";
}
