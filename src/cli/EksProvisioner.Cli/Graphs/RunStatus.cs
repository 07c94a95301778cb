namespace EksProvisioner.Cli.Graphs;

/// <summary>What happened to one state in one execution; each has its own colour.</summary>
internal enum RunStatus
{
    NotReached,
    Running,
    Succeeded,

    /// <summary>Failed, and a Catch sent the execution on (usually into the rollback).</summary>
    Caught,
    Failed,
}
