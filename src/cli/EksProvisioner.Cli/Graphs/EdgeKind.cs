namespace EksProvisioner.Cli.Graphs;

/// <summary>Why one state can follow another; renderers style each kind differently.</summary>
internal enum EdgeKind
{
    /// <summary>A state's <c>Next</c>.</summary>
    Next,

    /// <summary>One of a Choice state's <c>Choices</c> rules.</summary>
    Choice,

    /// <summary>A Choice state's <c>Default</c>.</summary>
    Default,

    /// <summary>A <c>Catch</c> clause: the rollback path, drawn dashed in red.</summary>
    Catch,

    /// <summary>From a Parallel or Map state into the start of one of its branches or its iterator.</summary>
    Branch,
}
