namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>Wire spellings of closed sets.</summary>
internal static class Wire
{
    public static string Status(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Running => "RUNNING",
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        _ => "ABORTED",
    };
}
