using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A Wait state; exactly one of the four duration fields is set. It waits on the engine's (virtual) clock.</summary>
internal sealed record WaitState(string Name) : State(Name)
{
    private static readonly HashSet<string> Fields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "Assign"];

    public static StateKind Kind { get; } = new(Fields, DataFlowFields.Filters, Read);

    public long? Seconds { get; init; }

    public JsonPath? SecondsPath { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public JsonPath? TimestampPath { get; init; }

    /// <summary>JSONata: Seconds or Timestamp as a <c>{% %}</c> expression (<see cref="IsSeconds"/> tells which).</summary>
    public JsonataTemplate? Expression { get; init; }

    public bool IsSeconds { get; init; }

    public override string TypeName => "Wait";

    public override async Task<StateOutcome> ExecuteAsync(StateRun run, JsonNode? input, CancellationToken ct)
    {
        var ctx = run.Context();
        var effective = Data.Input(input, ctx);
        var until = Until(run.Entered, effective, ctx);
        await run.Engine.Scheduler.DelayAsync(until - run.Engine.Clock.GetUtcNow(), ct);
        return new StateOutcome(Data.Finish(effective, effective, ctx), Next);
    }

    private DateTimeOffset Until(DateTimeOffset entered, JsonNode? effective, PathContext ctx)
    {
        if (Seconds is { } seconds)
        {
            return entered.AddSeconds(seconds);
        }

        if (Timestamp is { } timestamp)
        {
            return timestamp;
        }

        if (Expression is not null)
        {
            return WaitExpression.Until(this, entered, Expression.Evaluate(JsonataDataFlow.Bindings(effective, null, ctx), ctx));
        }

        return SecondsPath is not null
            ? entered.AddSeconds(WaitPaths.Seconds(SecondsPath, effective, ctx))
            : WaitPaths.Timestamp(TimestampPath!, effective, ctx);
    }

    private static WaitState Read(string name, JsonObject obj, string at, DefinitionReader r)
    {
        var count = new[] { "Seconds", "SecondsPath", "Timestamp", "TimestampPath" }.Count(obj.ContainsKey);
        if (count != 1)
        {
            r.Problem(at, "a Wait state has exactly one of Seconds, SecondsPath, Timestamp, TimestampPath");
        }

        if (r.IsJsonata(obj) && WaitExpression.Field(obj) is { } field)
        {
            return new WaitState(name) { Expression = r.JsonataValue(obj[field], at, field), IsSeconds = field == "Seconds" };
        }

        DateTimeOffset? timestamp = null;
        if (r.OptionalString(obj, "Timestamp", at) is { } text)
        {
            if (AslTimestamp.TryParse(text, out var ts))
            {
                timestamp = ts;
            }
            else
            {
                r.Problem($"{at}/Timestamp", $"'{text}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
            }
        }

        return new WaitState(name)
        {
            Seconds = r.OptionalInt(obj, "Seconds", at, 0),
            SecondsPath = r.OptionalPath(obj, "SecondsPath", at),
            Timestamp = timestamp,
            TimestampPath = r.OptionalPath(obj, "TimestampPath", at),
        };
    }
}
