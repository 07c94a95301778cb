namespace EksProvisioner.Workflow.Support;

/// <summary>
/// How the provisioning execution's time is shared. The provisioning part stops waiting at its deadline
/// (WaitBudgetExhaustedException, caught and rolled back), so the rollback always has its own full
/// budget: both teardown attempts (each bounded by the teardown machine's TimeoutSeconds) and the pause
/// between them. statemachine/source/*.json carry these numbers; a test holds them equal.
/// </summary>
public static class ExecutionBudget
{
    /// <summary>From the start until the provisioning gives up waiting: typical runs take 15 minutes.</summary>
    public const int ProvisioningSeconds = 3600;

    /// <summary>The teardown machine's TimeoutSeconds: one whole teardown, dependency passes included.</summary>
    public const int TeardownSeconds = 3600;

    /// <summary>Teardown runs a rollback may take (RollbackSecondPass: one retry).</summary>
    public const int RollbackAttempts = 2;

    /// <summary>RollbackSecondPass's IntervalSeconds.</summary>
    public const int RollbackRetrySeconds = 60;

    /// <summary>The provision machine's TimeoutSeconds.</summary>
    public const int ProvisionExecutionSeconds = ProvisioningSeconds + (RollbackAttempts * TeardownSeconds) + RollbackRetrySeconds;
}
