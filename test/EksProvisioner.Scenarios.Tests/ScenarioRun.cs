using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Backends;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>
/// One execution as the CLI follows it (<see cref="FollowedExecution"/>, through the Step Functions API),
/// with the engine's own result for assertions on status, error and output.
/// </summary>
internal sealed record ScenarioRun(ExecutionResult Result, FollowedExecution Followed)
{
    /// <summary>Every history event, oldest first, as GetExecutionHistory answers them.</summary>
    public IReadOnlyList<HistoryEvent> History => Followed.History;

    /// <summary>From start to stop on the account's virtual clock.</summary>
    public double SimulatedSeconds => Followed.Seconds;

    public int StateTransitions => Followed.StateTransitions;
}
