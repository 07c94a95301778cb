using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>Pass, Wait, Choice and Fail.</summary>
internal sealed partial class Interpreter
{
    private StateOutcome RunPass(PassState pass, JsonNode? input, Flow flow, DateTimeOffset entered)
    {
        var ctx = Ctx(flow, pass, entered, 0);
        var effective = DataFlow.Filter(pass.InputPath, input, ctx, "InputPath");
        var result = pass.HasResult ? pass.Result?.DeepClone()
            : pass.Parameters is not null ? DataFlow.Template(pass.Parameters, effective, ctx)
            : effective;
        return new StateOutcome(FinishResult(pass, null, pass.ResultPath, input, result, ctx), pass.Next);
    }

    private async Task<StateOutcome> RunWaitAsync(WaitState wait, JsonNode? input, Flow flow, DateTimeOffset entered, CancellationToken ct)
    {
        var ctx = Ctx(flow, wait, entered, 0);
        var effective = DataFlow.Filter(wait.InputPath, input, ctx, "InputPath");
        DateTimeOffset until;
        if (wait.Seconds is { } seconds)
        {
            until = entered.AddSeconds(seconds);
        }
        else if (wait.Timestamp is { } timestamp)
        {
            until = timestamp;
        }
        else if (wait.SecondsPath is { } secondsPath)
        {
            var value = DataFlow.Select(secondsPath, effective, ctx, "SecondsPath");
            if (JsonValues.AsDecimal(value) is not { } s || s < 0 || s != decimal.Truncate(s))
            {
                throw new StatesException(StatesErrors.Runtime, $"The SecondsPath parameter does not reference a valid non-negative integer: {JsonValues.ToJson(value)}");
            }

            until = entered.AddSeconds((double)s);
        }
        else
        {
            var value = DataFlow.Select(wait.TimestampPath!, effective, ctx, "TimestampPath");
            if (!AslTimestamp.TryParse(JsonValues.AsString(value), out until))
            {
                throw new StatesException(StatesErrors.Runtime, $"The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: {JsonValues.ToJson(value)}");
            }
        }

        await Scheduler.DelayAsync(until - engine.Clock.GetUtcNow(), ct);
        return new StateOutcome(FinishResult(wait, null, "$", effective, effective, ctx), wait.Next);
    }

    private StateOutcome RunChoice(ChoiceState choice, JsonNode? input, Flow flow, DateTimeOffset entered)
    {
        var ctx = Ctx(flow, choice, entered, 0);
        var effective = DataFlow.Filter(choice.InputPath, input, ctx, "InputPath");
        var branch = choice.Choices.FirstOrDefault(b => ChoiceEvaluator.Matches(b.Rule, effective, ctx));
        var next = branch?.Next ?? choice.Default
            ?? throw new StatesException(StatesErrors.NoChoiceMatched, $"No Choice Rules matched and no Default was specified in state '{choice.Name}'.");
        var assign = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var source in new[] { choice.Assign, branch?.Assign })
        {
            if (source is not null)
            {
                foreach (var (k, v) in DataFlow.Assign(source, effective, ctx))
                {
                    assign[k] = v;
                }
            }
        }

        var output = DataFlow.Filter(choice.OutputPath, effective, ctx, "OutputPath");
        flow.Scope.Commit(assign);
        return new StateOutcome(output, next);
    }

    private StatesException RunFail(FailState fail, JsonNode? input, Flow flow, DateTimeOffset entered)
    {
        var ctx = Ctx(flow, fail, entered, 0);
        string? Dynamic(string? path, string field) =>
            path is null ? null : DataFlow.Dynamic(path, input, ctx, field) is var v && JsonValues.AsString(v) is { } s ? s
                : throw new StatesException(StatesErrors.Runtime, $"The {field} of state '{fail.Name}' does not reference a string: {JsonValues.ToJson(v)}");
        var error = fail.Error ?? Dynamic(fail.ErrorPath, "ErrorPath");
        var cause = fail.Cause ?? Dynamic(fail.CausePath, "CausePath");
        return new StatesException(error ?? "", cause);
    }
}
