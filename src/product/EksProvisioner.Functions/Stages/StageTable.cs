namespace EksProvisioner.Functions.Stages;

/// <summary>
/// Every stage of the Lambda artifact, one line each: the runtime dispatches on it (EKSPROV_STAGE), the
/// local account registers its workflow stages as in-process functions, and serverless.template's stage
/// functions, state machine substitutions and invoke policies are generated from it (a test checks the
/// committed template is current). Adding a stage: its Workflow class, its line here, its ASL state.
/// </summary>
public static partial class StageTable
{
    /// <summary>Every stage, provisioning first, then teardown, then the triggers.</summary>
    public static IReadOnlyList<Stage> All { get; } = [.. Provision(), .. Teardown(), .. Triggers()];

    /// <summary>The stages the state machines invoke (everything but the triggers).</summary>
    public static IReadOnlyList<Stage> Workflow { get; } = [.. All.Where(s => !s.IsTrigger)];
}
