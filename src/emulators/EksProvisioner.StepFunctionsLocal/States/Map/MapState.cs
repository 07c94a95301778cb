using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Errors;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// An inline Map state: runs <see cref="ItemProcessor"/> once per item of the array at <see cref="ItemsPath"/>
/// (see <see cref="MapRun"/>); distributed-only fields are reported as unsupported.
/// </summary>
internal sealed record MapState(string Name, StateGraph ItemProcessor) : RetryableState(Name)
{
    private static readonly HashSet<string> Fields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "ItemsPath", "ItemSelector", "Parameters", "Iterator", "ItemProcessor", "MaxConcurrency", "MaxConcurrencyPath", "ResultSelector", "Retry", "Catch", "ToleratedFailureCount", "ToleratedFailureCountPath", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "Label", "ItemReader", "ItemBatcher", "ResultWriter", "Assign"];

    public static StateKind Kind { get; } = new(Fields, DataFlowFields.Filters | DataFlowFields.ResultSelector | DataFlowFields.ResultPath, Read);

    public JsonPath ItemsPath { get; init; } = JsonPath.Whole;

    public PayloadTemplate? ItemSelector { get; init; }

    public int MaxConcurrency { get; init; }

    public JsonPath? MaxConcurrencyPath { get; init; }

    public int? ToleratedFailureCount { get; init; }

    public JsonPath? ToleratedFailureCountPath { get; init; }

    public double? ToleratedFailurePercentage { get; init; }

    public JsonPath? ToleratedFailurePercentagePath { get; init; }

    /// <summary>JSONata: Items and ItemSelector as expressions (null in a JSONPath Map).</summary>
    public MapJsonata? Jsonata { get; init; }

    public override string TypeName => "Map";

    protected override Task<JsonNode?> AttemptAsync(StateRun run, JsonNode? input, int retryCount, CancellationToken ct) =>
        new MapRun(this, run, retryCount).RunAsync(input, ct);

    private static MapState? Read(string name, JsonObject obj, string at, DefinitionReader r)
    {
        foreach (var field in new[] { "ItemReader", "ItemBatcher", "ResultWriter" }.Where(obj.ContainsKey))
        {
            r.Problem($"{at}/{field}", $"{field} (distributed Map) is not supported by the local engine");
        }

        r.CheckExclusive(obj, at, "ItemSelector", "Parameters");
        var processorField = obj.ContainsKey("ItemProcessor") ? "ItemProcessor" : "Iterator";
        r.CheckExclusive(obj, at, "ItemProcessor", "Iterator");
        if (obj[processorField] is not JsonObject processor)
        {
            r.Problem($"{at}/ItemProcessor", "ItemProcessor is required and must be an object with StartAt and States");
            return null;
        }

        if (processor["ProcessorConfig"] is JsonObject config && DefinitionReader.Str(config["Mode"]) is { } mode && mode != "INLINE")
        {
            r.Problem($"{at}/{processorField}/ProcessorConfig/Mode", $"Mode {mode} is not supported by the local engine; use INLINE");
        }

        var graph = r.ReadGraph(processor, $"{at}/{processorField}", DefinitionReader.GraphFields);
        r.CheckExclusive(obj, at, "MaxConcurrency", "MaxConcurrencyPath");
        r.CheckExclusive(obj, at, "ToleratedFailureCount", "ToleratedFailureCountPath");
        r.CheckExclusive(obj, at, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        var itemsPath = r.PathField(obj, "ItemsPath", at);
        if (itemsPath is null)
        {
            r.Problem($"{at}/ItemsPath", "ItemsPath must be a path");
        }

        return graph is null ? null : new MapState(name, graph)
        {
            ItemsPath = itemsPath ?? JsonPath.Whole,
            ItemSelector = r.InJsonataState ? null : r.Template(obj, obj.ContainsKey("ItemSelector") ? "ItemSelector" : "Parameters", at),
            Jsonata = r.InJsonataState
                ? new MapJsonata(
                    obj.TryGetPropertyValue("Items", out var items) ? r.JsonataValue(items, at, "Items") : null,
                    obj.TryGetPropertyValue("ItemSelector", out var selector) ? r.JsonataValue(selector, at, "ItemSelector") : null)
                : null,
            MaxConcurrency = (int)(r.OptionalInt(obj, "MaxConcurrency", at, 0) ?? 0),
            MaxConcurrencyPath = r.OptionalPath(obj, "MaxConcurrencyPath", at),
            ToleratedFailureCount = (int?)r.OptionalInt(obj, "ToleratedFailureCount", at, 0),
            ToleratedFailureCountPath = r.OptionalPath(obj, "ToleratedFailureCountPath", at),
            ToleratedFailurePercentage = r.OptionalNumber(obj, "ToleratedFailurePercentage", at, 0, 100),
            ToleratedFailurePercentagePath = r.OptionalPath(obj, "ToleratedFailurePercentagePath", at),
            Errors = ErrorHandling.Read(obj, at, r),
        };
    }
}
