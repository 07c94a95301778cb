using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>Parallel and inline Map: child flows on the scheduler; the first unhandled failure stops the rest.</summary>
internal sealed partial class Interpreter
{
    private async Task<JsonNode?> RunParallelAttemptAsync(ParallelState state, JsonNode? input, Flow flow, DateTimeOffset entered, int retry, CancellationToken ct)
    {
        var ctx = Ctx(flow, state, entered, retry);
        var effective = DataFlow.Filter(state.InputPath, input, ctx, "InputPath");
        var branchInput = state.Parameters is null ? effective : DataFlow.Template(state.Parameters, effective, ctx);
        flow.Record("ParallelStateStarted", null);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        StatesException? failure = null;
        var bodies = state.Branches.Select(branch => (Func<Task<JsonNode?>>)(async () =>
        {
            var child = flow.Child(null);
            try
            {
                return await RunGraphAsync(branch, branchInput?.DeepClone(), child, cts.Token);
            }
            catch (StatesException e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                await cts.CancelAsync();
                return null;
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                return null;
            }
        })).ToList();
        var results = await Scheduler.RunChildrenAsync(bodies);
        ct.ThrowIfCancellationRequested();
        if (failure is not null)
        {
            flow.Record("ParallelStateFailed", ErrorDetails(failure.Error, failure.Cause));
            throw failure;
        }

        flow.Record("ParallelStateSucceeded", null);
        return FinishResult(state, state.ResultSelector, state.ResultPath, input, new JsonArray(results), ctx);
    }

    private async Task<JsonNode?> RunMapAttemptAsync(MapState state, JsonNode? input, Flow flow, DateTimeOffset entered, int retry, CancellationToken ct)
    {
        var ctx = Ctx(flow, state, entered, retry);
        var effective = DataFlow.Filter(state.InputPath, input, ctx, "InputPath");
        if (DataFlow.Select(state.ItemsPath, effective, ctx, "ItemsPath") is not JsonArray items)
        {
            throw new StatesException(StatesErrors.Runtime, $"Item path {state.ItemsPath} in state '{state.Name}' must point to a JSON array.");
        }

        var maxConcurrency = state.MaxConcurrencyPath is { } mcp ? IntAt(mcp, effective, ctx) : state.MaxConcurrency;
        var toleratedCount = state.ToleratedFailureCountPath is { } tcp ? IntAt(tcp, effective, ctx) : state.ToleratedFailureCount;
        var toleratedPercent = state.ToleratedFailurePercentagePath is { } tpp ? IntAt(tpp, effective, ctx) : state.ToleratedFailurePercentage;
        var hasTolerance = toleratedCount is not null || toleratedPercent is not null;
        flow.Record("MapStateStarted", new JsonObject { ["length"] = items.Count });

        var results = new JsonNode?[items.Count];
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        StatesException? failure = null;
        var failures = 0;
        var next = -1;
        async Task<bool> Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count && !cts.IsCancellationRequested)
            {
                var item = new JsonObject { ["Index"] = i, ["Value"] = items[i]?.DeepClone() };
                var child = flow.Child(item);
                var details = new JsonObject { ["name"] = state.Name, ["index"] = i };
                child.Record("MapIterationStarted", details);
                try
                {
                    var itemCtx = Ctx(child, state, entered, retry);
                    var itemInput = state.ItemSelector is null ? items[i]?.DeepClone() : DataFlow.Template(state.ItemSelector, effective, itemCtx);
                    results[i] = await RunGraphAsync(state.ItemProcessor, itemInput, child, cts.Token);
                    child.Record("MapIterationSucceeded", details.DeepClone().AsObject());
                }
                catch (StatesException e)
                {
                    child.Record("MapIterationFailed", details.DeepClone().AsObject());
                    var failed = Interlocked.Increment(ref failures);
                    results[i] = new JsonObject { ["Error"] = e.Error, ["Cause"] = e.Cause };
                    var exceeded = !hasTolerance
                        || (toleratedCount is { } c && failed > c)
                        || (toleratedPercent is { } p && failed * 100.0 / items.Count > p);
                    if (exceeded)
                    {
                        var reported = hasTolerance
                            ? new StatesException(StatesErrors.ExceedToleratedFailureThreshold, $"The number of failed items ({failed}) exceeded the tolerated failure threshold of state '{state.Name}'.")
                            : e;
                        Interlocked.CompareExchange(ref failure, reported, null);
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

        var workers = maxConcurrency is > 0 ? Math.Min((int)maxConcurrency, items.Count) : items.Count;
        await Scheduler.RunChildrenAsync(Enumerable.Range(0, workers).Select(_ => (Func<Task<bool>>)Worker).ToList());
        ct.ThrowIfCancellationRequested();
        if (failure is not null)
        {
            flow.Record("MapStateFailed", ErrorDetails(failure.Error, failure.Cause));
            throw failure;
        }

        flow.Record("MapStateSucceeded", null);
        return FinishResult(state, state.ResultSelector, state.ResultPath, input, new JsonArray(results), ctx);
    }

    private static double? IntAt(string path, JsonNode? data, PathContext ctx) =>
        JsonValues.AsDecimal(DataFlow.Select(path, data, ctx, path)) is { } d && d >= 0
            ? (double)d
            : throw new StatesException(StatesErrors.Runtime, $"The value at '{path}' must be a non-negative number.");
}
