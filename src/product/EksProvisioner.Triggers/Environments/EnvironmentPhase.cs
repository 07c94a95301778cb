namespace EksProvisioner.Triggers.Environments;

/// <summary>Where an environment is in its life, from its newest provisioning and teardown executions.</summary>
public enum EnvironmentPhase
{
    /// <summary>The newest execution is a running provisioning.</summary>
    Provisioning,

    /// <summary>The newest execution is a provisioning that succeeded: the environment is usable.</summary>
    Ready,

    /// <summary>The newest provisioning failed, timed out or was aborted (its rollback ran inside it).</summary>
    ProvisionFailed,

    /// <summary>The newest execution is a running teardown.</summary>
    TearingDown,

    /// <summary>The newest execution is a teardown that succeeded: nothing is left.</summary>
    Deleted,

    /// <summary>The newest teardown failed: something may be left; run it again.</summary>
    TeardownFailed,
}
