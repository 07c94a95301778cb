using EksProvisioner.Aws.StepFunctions;

namespace EksProvisioner.Cli.Backends;

/// <summary>An execution followed to its end: how DescribeExecution left it, and its whole history.</summary>
/// <param name="Execution">DescribeExecution's answer once the execution stopped.</param>
/// <param name="History">Every event, oldest first.</param>
/// <param name="WallTime">How long the following took on the host's clock.</param>
internal sealed record FollowedExecution(DescribeExecutionResponse Execution, IReadOnlyList<HistoryEvent> History, TimeSpan WallTime)
{
    public string ExecutionArn => Execution.ExecutionArn ?? "";

    /// <summary>SUCCEEDED, FAILED, TIMED_OUT or ABORTED, as Step Functions spells it.</summary>
    public string Status => Execution.Status ?? "";

    public bool Succeeded => Status == "SUCCEEDED";

    public DateTimeOffset StartDate => Execution.StartDate ?? default;

    /// <summary>From start to stop on the executing side's clock (virtual for the local account).</summary>
    public double Seconds => ((Execution.StopDate ?? StartDate) - StartDate).TotalSeconds;

    /// <summary>State transitions as Step Functions bills them: one per state entered, top level and nested.</summary>
    public int StateTransitions => HistoryEvents.StateTransitions(History);
}
