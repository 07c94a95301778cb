namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>The data-flow fields a state type has (the specification's field table).</summary>
[Flags]
internal enum DataFlowFields
{
    None = 0,
    InputPath = 1,
    OutputPath = 2,
    Parameters = 4,
    ResultSelector = 8,
    ResultPath = 16,
    Assign = 32,

    /// <summary>Wait and Choice.</summary>
    Filters = InputPath | OutputPath | Assign,

    /// <summary>Pass.</summary>
    Pass = Filters | Parameters | ResultPath,

    /// <summary>Task and Parallel.</summary>
    All = Pass | ResultSelector,
}
