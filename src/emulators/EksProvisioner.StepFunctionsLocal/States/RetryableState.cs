using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Errors;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>Task, Parallel and Map: states whose attempts run under Retry and Catch.</summary>
internal abstract record RetryableState(string Name) : State(Name)
{
    public ErrorHandling Errors { get; init; } = ErrorHandling.None;

    public override IEnumerable<(string Next, string Field)> Transitions() =>
        base.Transitions().Concat(Errors.Catch.Select((c, i) => (c.Next, $"Catch/{i}/Next")));

    public override Task<StateOutcome> ExecuteAsync(StateRun run, JsonNode? input, CancellationToken ct) =>
        Errors.RunAsync(run, input, retryCount => AttemptAsync(run, input, retryCount, ct), ct);

    /// <summary>One attempt on the raw state input: the state's output, or a <see cref="StatesException"/> for Retry/Catch.</summary>
    protected abstract Task<JsonNode?> AttemptAsync(StateRun run, JsonNode? input, int retryCount, CancellationToken ct);
}
