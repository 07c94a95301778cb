using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// One attempt of a <see cref="MapState"/>: up to MaxConcurrency workers take the items in order, each item a
/// child flow on the scheduler; a failure beyond the tolerated count or percentage stops the rest.
/// </summary>
internal sealed class MapRun(MapState state, StateRun run, int retryCount)
{
    private StatesException? _failure;
    private int _failures;
    private int _next = -1;

    public async Task<JsonNode?> RunAsync(JsonNode? input, CancellationToken ct)
    {
        var flow = run.Flow;
        var ctx = run.Context(retryCount);
        var effective = state.Data.Input(input, ctx);
        var items = state.Jsonata?.SelectItems(state.Name, effective, ctx) ?? Selection.Select(state.ItemsPath, effective, ctx, "ItemsPath") as JsonArray;
        if (items is null)
        {
            throw new StatesException(StatesErrors.Runtime, $"Item path {state.ItemsPath.Text} in state '{state.Name}' must point to a JSON array.");
        }

        var maxConcurrency = state.MaxConcurrencyPath is { } mcp ? PathIntegers.MaxConcurrency(mcp, effective, ctx) : state.MaxConcurrency;
        var toleratedCount = state.ToleratedFailureCountPath is { } tcp ? (double?)Selection.NonNegativeNumber(tcp, effective, ctx, "ToleratedFailureCountPath") : state.ToleratedFailureCount;
        var toleratedPercent = state.ToleratedFailurePercentagePath is { } tpp ? (double?)Selection.NonNegativeNumber(tpp, effective, ctx, "ToleratedFailurePercentagePath") : state.ToleratedFailurePercentage;
        flow.Record("MapStateStarted", new JsonObject { ["length"] = items.Count });

        var results = new JsonNode?[items.Count];
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tolerance = new Tolerance(toleratedCount, toleratedPercent, items.Count);
        var workers = maxConcurrency > 0 ? Math.Min(maxConcurrency, items.Count) : items.Count;
        await run.Engine.Scheduler.RunChildrenAsync(Enumerable.Range(0, workers).Select(_ => (Func<Task<bool>>)(() => WorkerAsync(items, effective, results, tolerance, cts, ct))).ToList());
        ct.ThrowIfCancellationRequested();
        if (_failure is not null)
        {
            flow.Record("MapStateFailed", Interpreter.ErrorDetails(_failure.Error, _failure.Cause));
            throw _failure;
        }

        flow.Record("MapStateSucceeded", null);
        return state.Data.Finish(input, new JsonArray(results), ctx);
    }

    private async Task<bool> WorkerAsync(JsonArray items, JsonNode? effective, JsonNode?[] results, Tolerance tolerance, CancellationTokenSource cts, CancellationToken ct)
    {
        int i;
        while ((i = Interlocked.Increment(ref _next)) < items.Count && !cts.IsCancellationRequested)
        {
            var item = new JsonObject { ["Index"] = i, ["Value"] = items[i]?.DeepClone() };
            var child = run.Flow.Child(item);
            var details = new JsonObject { ["name"] = state.Name, ["index"] = i };
            child.Record("MapIterationStarted", details);
            try
            {
                var itemCtx = run.Context(child, retryCount);
                var itemInput = state.Jsonata is { } jsonata ? jsonata.ItemInput(effective, items[i], itemCtx)
                    : state.ItemSelector is null ? items[i]?.DeepClone() : state.ItemSelector.Evaluate(effective, itemCtx);
                results[i] = await run.Interpreter.RunGraphAsync(state.ItemProcessor, itemInput, child, cts.Token);
                child.Record("MapIterationSucceeded", details.DeepClone().AsObject());
            }
            catch (StatesException e)
            {
                child.Record("MapIterationFailed", details.DeepClone().AsObject());
                var failed = Interlocked.Increment(ref _failures);
                results[i] = new JsonObject { ["Error"] = e.Error, ["Cause"] = e.Cause };
                if (tolerance.IsExceeded(failed))
                {
                    var reported = tolerance.IsSet
                        ? new StatesException(StatesErrors.ExceedToleratedFailureThreshold, $"The number of failed items ({failed}) exceeded the tolerated failure threshold of state '{state.Name}'.")
                        : e;
                    Interlocked.CompareExchange(ref _failure, reported, null);
                    await cts.CancelAsync();
                }
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                child.Record("MapIterationAborted", details.DeepClone().AsObject());
            }
        }

        return true;
    }

    /// <summary>ToleratedFailureCount/Percentage; without either, the first failure fails the Map.</summary>
    private sealed record Tolerance(double? Count, double? Percent, int Items)
    {
        public bool IsSet => Count is not null || Percent is not null;

        public bool IsExceeded(int failed) =>
            !IsSet || (Count is { } c && failed > c) || (Percent is { } p && failed * 100.0 / Items > p);
    }
}
