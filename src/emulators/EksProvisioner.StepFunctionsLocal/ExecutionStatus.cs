namespace EksProvisioner.StepFunctionsLocal;

/// <summary>The status of an execution, as the Step Functions API names it (upper-case on the wire).</summary>
public enum ExecutionStatus
{
    Running,
    Succeeded,
    Failed,
    TimedOut,
    Aborted,
}
