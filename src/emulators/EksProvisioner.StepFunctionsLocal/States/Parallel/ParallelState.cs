using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Errors;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// A Parallel state: runs every branch on the same input as child flows on the scheduler; the result is the
/// array of branch outputs, and the first unhandled failure stops the other branches.
/// </summary>
internal sealed record ParallelState(string Name, IReadOnlyList<StateGraph> Branches) : RetryableState(Name)
{
    private static readonly HashSet<string> Fields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Branches", "Assign"];

    public static StateKind Kind { get; } = new(Fields, DataFlowFields.All, Read);

    public override string TypeName => "Parallel";

    protected override async Task<JsonNode?> AttemptAsync(StateRun run, JsonNode? input, int retryCount, CancellationToken ct)
    {
        var flow = run.Flow;
        var ctx = run.Context(retryCount);
        var branchInput = Data.Payload(Data.Input(input, ctx), ctx);
        flow.Record("ParallelStateStarted", null);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        StatesException? failure = null;
        var bodies = Branches.Select(branch => (Func<Task<JsonNode?>>)(async () =>
        {
            var child = flow.Child(null);
            try
            {
                return await run.Interpreter.RunGraphAsync(branch, branchInput?.DeepClone(), child, cts.Token);
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
        var results = await run.Engine.Scheduler.RunChildrenAsync(bodies);
        ct.ThrowIfCancellationRequested();
        if (failure is not null)
        {
            flow.Record("ParallelStateFailed", Interpreter.ErrorDetails(failure.Error, failure.Cause));
            throw failure;
        }

        flow.Record("ParallelStateSucceeded", null);
        return Data.Finish(input, new JsonArray(results), ctx);
    }

    private static ParallelState? Read(string name, JsonObject obj, string at, DefinitionReader r)
    {
        if (obj["Branches"] is not JsonArray branches || branches.Count == 0)
        {
            r.Problem($"{at}/Branches", "Branches is required and must be a non-empty array");
            return null;
        }

        var graphs = new List<StateGraph>();
        for (var i = 0; i < branches.Count; i++)
        {
            if (branches[i] is JsonObject b && r.ReadGraph(b, $"{at}/Branches/{i}", DefinitionReader.GraphFields) is { } g)
            {
                graphs.Add(g);
            }
            else if (branches[i] is not JsonObject)
            {
                r.Problem($"{at}/Branches/{i}", "a branch is an object with StartAt and States");
            }
        }

        return new ParallelState(name, graphs) { Errors = ErrorHandling.Read(obj, at, r) };
    }
}
