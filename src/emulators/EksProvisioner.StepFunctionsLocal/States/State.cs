using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// A state: one subclass per ASL type, each reading its own fields (a static <c>Read</c> registered in
/// <see cref="StateReader"/>) and executing itself. Everything is parsed when the definition is read.
/// </summary>
internal abstract record State(string Name)
{
    public string? Comment { get; init; }

    /// <summary>The next state, or null for a terminal state (End, Succeed, Fail) or a Choice.</summary>
    public string? Next { get; init; }

    public bool End { get; init; }

    /// <summary>The state's data flow in its query language.</summary>
    public StateDataFlow Data { get; init; } = JsonPathDataFlow.Default;

    /// <summary>The type name used in history events, such as <c>Task</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>Every state this one can go to, with the field that names it (such as <c>Catch/0/Next</c>).</summary>
    public virtual IEnumerable<(string Next, string Field)> Transitions() =>
        Next is null ? [] : [(Next, "Next")];

    /// <summary>Runs the state on <paramref name="input"/>: its output and the next state, or a <see cref="StatesException"/>.</summary>
    public abstract Task<StateOutcome> ExecuteAsync(StateRun run, JsonNode? input, CancellationToken ct);
}
