using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>Retry and Catch around one state's attempts.</summary>
internal sealed partial class Interpreter
{
    /// <summary>
    /// Runs attempts until one succeeds, the first matching retrier is exhausted, or no retrier matches; then the
    /// first matching catcher, if any, turns the error into <c>{Error, Cause}</c> placed by its ResultPath.
    /// </summary>
    private async Task<StateOutcome> WithErrorHandlingAsync(
        State state, ErrorHandling errors, JsonNode? input, Flow flow, DateTimeOffset entered, CancellationToken ct, Func<int, Task<JsonNode?>> attempt)
    {
        var attempts = new int[errors.Retry.Count];
        var retryCount = 0;
        while (true)
        {
            StatesException failure;
            try
            {
                return new StateOutcome(await attempt(retryCount), state.Next);
            }
            catch (StatesException e)
            {
                failure = e;
            }

            var index = IndexOfMatch(errors.Retry.Select(r => r.ErrorEquals), failure.Error);
            if (index >= 0 && attempts[index] < errors.Retry[index].MaxAttempts)
            {
                await Scheduler.DelayAsync(RetryDelay(errors.Retry[index], attempts[index]), ct);
                attempts[index]++;
                retryCount++;
                continue;
            }

            var catcherIndex = IndexOfMatch(errors.Catch.Select(c => c.ErrorEquals), failure.Error);
            if (catcherIndex < 0)
            {
                throw failure;
            }

            var catcher = errors.Catch[catcherIndex];
            var errorOutput = new JsonObject { ["Error"] = failure.Error, ["Cause"] = failure.Cause };
            var ctx = Ctx(flow, state, entered, retryCount);
            var assign = catcher.Assign is null ? null : DataFlow.Assign(catcher.Assign, errorOutput, ctx);
            var output = DataFlow.ApplyResultPath(catcher.ResultPath, input, errorOutput);
            if (assign is not null)
            {
                flow.Scope.Commit(assign);
            }

            return new StateOutcome(output, catcher.Next);
        }
    }

    /// <summary>IntervalSeconds x BackoffRate^attempt, capped by MaxDelaySeconds, then FULL jitter picks uniformly below it.</summary>
    internal TimeSpan RetryDelay(Retrier retrier, int attempt)
    {
        var seconds = retrier.IntervalSeconds * Math.Pow(retrier.BackoffRate, attempt);
        if (retrier.MaxDelaySeconds is { } max)
        {
            seconds = Math.Min(seconds, max);
        }

        if (retrier.Jitter == JitterStrategy.Full)
        {
            seconds *= engine.Randomizer();
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static int IndexOfMatch(IEnumerable<IReadOnlyList<string>> lists, string error)
    {
        var i = 0;
        foreach (var list in lists)
        {
            if (StatesErrors.Matches(list, error))
            {
                return i;
            }

            i++;
        }

        return -1;
    }
}
