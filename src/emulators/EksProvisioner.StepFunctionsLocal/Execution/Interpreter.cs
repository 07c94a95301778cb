using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Paths;
using EksProvisioner.StepFunctionsLocal.States;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// Runs executions and graphs of a parsed definition: the transition loop and what every state shares (history
/// events, the context object, size limits). Each state executes itself (<see cref="State.ExecuteAsync"/>); values
/// flow as return values. Failures travel as <see cref="StatesException"/>; stops and timeouts as cancellation.
/// </summary>
internal sealed class Interpreter(StepFunctionsEngine engine)
{
    public StepFunctionsEngine Engine { get; } = engine;

    /// <summary>Runs a whole execution; the caller holds a scheduler token for it. Never throws.</summary>
    public async Task RunExecutionAsync(ExecutionRecord execution)
    {
        var flow = new Flow(execution, new VariableScope(null), null, 0);
        var ct = execution.Cancellation.Token;
        flow.Record("ExecutionStarted", new JsonObject
        {
            ["input"] = execution.Input,
            ["inputDetails"] = new JsonObject { ["truncated"] = false },
            ["roleArn"] = execution.Machine.RoleArn,
        });
        try
        {
            var input = JsonNode.Parse(execution.Input);
            var output = await RunGraphAsync(execution.Machine.Parsed.Graph, input, flow, ct);
            var text = JsonValues.ToJson(output);
            flow.Record("ExecutionSucceeded", new JsonObject { ["output"] = text, ["outputDetails"] = new JsonObject { ["truncated"] = false } });
            execution.Finish(ExecutionStatus.Succeeded, text, null, null, Engine.Clock.GetUtcNow());
        }
        catch (StatesException e)
        {
            flow.Record("ExecutionFailed", ErrorDetails(e.Error, e.Cause));
            execution.Finish(ExecutionStatus.Failed, null, e.Error, e.Cause, Engine.Clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // StepFunctionsEngine.Stop already recorded the outcome and its event; nothing is left to report here.
        }
#pragma warning disable CA1031 // The execution boundary: an unexpected engine fault fails the execution visibly (States.Runtime with the message) instead of leaving it RUNNING forever.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var cause = $"{e.GetType().Name}: {e.Message}";
            flow.Record("ExecutionFailed", ErrorDetails(StatesErrors.Runtime, cause));
            execution.Finish(ExecutionStatus.Failed, null, StatesErrors.Runtime, cause, Engine.Clock.GetUtcNow());
        }
    }

    internal static JsonObject ErrorDetails(string? error, string? cause)
    {
        var details = new JsonObject();
        if (!string.IsNullOrEmpty(error))
        {
            details["error"] = error;
        }

        if (cause is not null)
        {
            details["cause"] = cause;
        }

        return details;
    }

    public async Task<JsonNode?> RunGraphAsync(StateGraph graph, JsonNode? input, Flow flow, CancellationToken ct)
    {
        var state = graph.States[graph.StartAt];
        var data = input;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var limit = Engine.Options.MaxStateTransitions;
            if (!flow.Execution.CountTransition(limit))
            {
                throw new StatesException(StatesErrors.Runtime, $"The execution exceeded the limit of {limit} state transitions; stopped as a runaway execution at state '{state.Name}'.");
            }

            var outcome = await RunStateAsync(state, data, flow, ct);
            if (outcome.Next is null)
            {
                return outcome.Output;
            }

            data = outcome.Output;
            state = graph.States[outcome.Next];
        }
    }

    private async Task<StateOutcome> RunStateAsync(State state, JsonNode? input, Flow flow, CancellationToken ct)
    {
        var entered = Engine.Clock.GetUtcNow();
        var enteredId = flow.Record($"{state.TypeName}StateEntered", new JsonObject
        {
            ["name"] = state.Name,
            ["input"] = JsonValues.ToJson(input),
            ["inputDetails"] = new JsonObject { ["truncated"] = false },
        });
        StateOutcome outcome;
        try
        {
            outcome = await state.ExecuteAsync(new StateRun(this, flow, state, entered), input, ct);
            CheckSize(outcome.Output, state.Name);
        }
        catch (StatesException e) when ((e.Error is StatesErrors.Runtime or StatesErrors.QueryEvaluationError) && !e.IsLocated)
        {
            throw e.InState(state.Name, enteredId);
        }

        flow.Record($"{state.TypeName}StateExited", new JsonObject
        {
            ["name"] = state.Name,
            ["output"] = JsonValues.ToJson(outcome.Output),
            ["outputDetails"] = new JsonObject { ["truncated"] = false },
        });
        return outcome;
    }

    /// <summary>A payload over the service limit fails the state with States.DataLimitExceeded.</summary>
    public void CheckSize(JsonNode? value, string stateName)
    {
        if (JsonValues.Utf8Size(value) > Engine.Options.MaxPayloadBytes)
        {
            throw new StatesException(StatesErrors.DataLimitExceeded, $"The state/task '{stateName}' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
    }
}
