namespace EksProvisioner.Cli.Backends;

/// <summary>Which state machine --state-machine names for a command.</summary>
internal enum MachineRole
{
    /// <summary>up: the provision machine.</summary>
    Provision,

    /// <summary>down: the teardown machine.</summary>
    Teardown,

    /// <summary>status, list, history: either; the other is derived by the naming rule.</summary>
    Both,
}
