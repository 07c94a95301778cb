using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// Evaluates a parsed definition. Each state type has its own method (partial files); values flow as return values.
/// Failures travel as <see cref="StatesException"/>; stops and timeouts as cancellation.
/// </summary>
internal sealed partial class Interpreter(StepFunctionsEngine engine)
{
    private VirtualTimeScheduler Scheduler => engine.Scheduler;

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
            execution.Finish(ExecutionStatus.Succeeded, text, null, null, engine.Clock.GetUtcNow());
        }
        catch (StatesException e)
        {
            flow.Record("ExecutionFailed", ErrorDetails(e.Error, e.Cause));
            execution.Finish(ExecutionStatus.Failed, null, e.Error, e.Cause, engine.Clock.GetUtcNow());
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
            execution.Finish(ExecutionStatus.Failed, null, StatesErrors.Runtime, cause, engine.Clock.GetUtcNow());
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
            var limit = engine.Options.MaxStateTransitions;
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
        var entered = engine.Clock.GetUtcNow();
        flow.Record($"{state.TypeName}StateEntered", new JsonObject
        {
            ["name"] = state.Name,
            ["input"] = JsonValues.ToJson(input),
            ["inputDetails"] = new JsonObject { ["truncated"] = false },
        });
        var outcome = state switch
        {
            PassState pass => RunPass(pass, input, flow, entered),
            WaitState wait => await RunWaitAsync(wait, input, flow, entered, ct),
            ChoiceState choice => RunChoice(choice, input, flow, entered),
            SucceedState => new StateOutcome(Ctx(flow, state, entered, 0) is var c ? DataFlow.Filter(state.OutputPath, DataFlow.Filter(state.InputPath, input, c, "InputPath"), c, "OutputPath") : null, null),
            FailState fail => throw RunFail(fail, input, flow, entered),
            TaskState task => await WithErrorHandlingAsync(task, task.Errors, input, flow, entered, ct, retry => RunTaskAttemptAsync(task, input, flow, entered, retry, ct)),
            ParallelState parallel => await WithErrorHandlingAsync(parallel, parallel.Errors, input, flow, entered, ct, retry => RunParallelAttemptAsync(parallel, input, flow, entered, retry, ct)),
            MapState map => await WithErrorHandlingAsync(map, map.Errors, input, flow, entered, ct, retry => RunMapAttemptAsync(map, input, flow, entered, retry, ct)),
            _ => throw new InvalidOperationException($"unknown state type {state.GetType().Name}"),
        };
        CheckSize(outcome.Output, state.Name);
        flow.Record($"{state.TypeName}StateExited", new JsonObject
        {
            ["name"] = state.Name,
            ["output"] = JsonValues.ToJson(outcome.Output),
            ["outputDetails"] = new JsonObject { ["truncated"] = false },
        });
        return outcome;
    }

    /// <summary>The context object (<c>$$</c>) as the state sees it.</summary>
    private PathContext Ctx(Flow flow, State state, DateTimeOffset entered, int retryCount)
    {
        var context = new JsonObject
        {
            ["Execution"] = flow.Execution.ContextExecution().DeepClone(),
            ["State"] = new JsonObject { ["EnteredTime"] = Timestamps.Iso(entered), ["Name"] = state.Name, ["RetryCount"] = retryCount },
            ["StateMachine"] = new JsonObject { ["Id"] = flow.Execution.Machine.Arn, ["Name"] = flow.Execution.Machine.Name },
        };
        if (flow.MapItem is not null)
        {
            context["Map"] = new JsonObject { ["Item"] = flow.MapItem.DeepClone() };
        }

        return new PathContext(context, flow.Scope, engine.Randomizer);
    }

    private void CheckSize(JsonNode? value, string stateName)
    {
        if (JsonValues.Utf8Size(value) > engine.Options.MaxPayloadBytes)
        {
            throw new StatesException(StatesErrors.DataLimitExceeded, $"The state/task '{stateName}' returned a result with a size exceeding the maximum number of bytes service limit ({engine.Options.MaxPayloadBytes}).");
        }
    }

    /// <summary>ResultSelector, Assign, ResultPath and OutputPath: the common tail of Task, Parallel and Map.</summary>
    private static JsonNode? FinishResult(State state, JsonObject? resultSelector, string? resultPath, JsonNode? rawInput, JsonNode? result, PathContext ctx)
    {
        if (resultSelector is not null)
        {
            result = DataFlow.Template(resultSelector, result, ctx);
        }

        var assign = state.Assign is null ? null : DataFlow.Assign(state.Assign, result, ctx);
        var output = DataFlow.Filter(state.OutputPath, DataFlow.ApplyResultPath(resultPath, rawInput, result), ctx, "OutputPath");
        if (assign is not null)
        {
            ctx.Scope.Commit(assign);
        }

        return output;
    }
}
