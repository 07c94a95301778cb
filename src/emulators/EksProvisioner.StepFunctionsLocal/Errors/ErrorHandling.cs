using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.Errors;

/// <summary>The Retry and Catch fields shared by Task, Parallel and Map, and how they run around a state's attempts.</summary>
internal sealed record ErrorHandling(IReadOnlyList<Retrier> Retry, IReadOnlyList<Catcher> Catch)
{
    public static ErrorHandling None { get; } = new([], []);

    public static ErrorHandling Read(JsonObject obj, string at, DefinitionReader r)
    {
        var retry = r.ReadList(obj, "Retry", at, (o, loc, last) => Retrier.Read(o, loc, last, r));
        var catchers = r.ReadList(obj, "Catch", at, (o, loc, last) => Catcher.Read(o, loc, last, r));
        return retry.Count == 0 && catchers.Count == 0 ? None : new ErrorHandling(retry, catchers);
    }

    /// <summary>
    /// Runs attempts until one succeeds, the first matching retrier is exhausted, or no retrier matches; then the
    /// first matching catcher, if any, turns the error into <c>{Error, Cause}</c> placed by its ResultPath.
    /// </summary>
    public async Task<StateOutcome> RunAsync(StateRun run, JsonNode? input, Func<int, Task<JsonNode?>> attempt, CancellationToken ct)
    {
        var attempts = new int[Retry.Count];
        var retryCount = 0;
        while (true)
        {
            StatesException failure;
            try
            {
                return new StateOutcome(await attempt(retryCount), run.State.Next);
            }
            catch (StatesException e)
            {
                failure = e;
            }

            var index = ErrorEquals.IndexOfMatch(Retry.Select(r => r.ErrorEquals), failure.Error);
            if (index >= 0 && attempts[index] < Retry[index].MaxAttempts)
            {
                await run.Engine.Scheduler.DelayAsync(Retry[index].Delay(attempts[index], run.Engine.Randomizer), ct);
                attempts[index]++;
                retryCount++;
                continue;
            }

            var catcher = ErrorEquals.IndexOfMatch(Catch.Select(c => c.ErrorEquals), failure.Error);
            return catcher >= 0 ? Catch[catcher].Handle(failure, input, run.Context(retryCount)) : throw failure;
        }
    }
}
