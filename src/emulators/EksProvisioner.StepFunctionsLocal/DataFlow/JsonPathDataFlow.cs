using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// JSONPath data flow, every path and template parsed with the definition. A null path stands for an explicit
/// JSON null (the specification's "discard"); an absent field is <c>$</c>.
/// </summary>
internal sealed record JsonPathDataFlow : StateDataFlow
{
    private static readonly Dictionary<string, JsonNode?> NoAssignments = [];

    public static JsonPathDataFlow Default { get; } = new();

    public JsonPath? InputPath { get; init; } = JsonPath.Whole;

    public PayloadTemplate? Parameters { get; init; }

    public PayloadTemplate? ResultSelector { get; init; }

    public JsonPath? ResultPath { get; init; } = JsonPath.Whole;

    public JsonPath? OutputPath { get; init; } = JsonPath.Whole;

    public Assignment? Assignments { get; init; }

    public override JsonNode? Input(JsonNode? input, PathContext ctx) => Selection.Filter(InputPath, input, ctx);

    public override JsonNode? Payload(JsonNode? effective, PathContext ctx) =>
        Parameters is null ? effective : Parameters.Evaluate(effective, ctx);

    public override JsonNode? Finish(JsonNode? rawInput, JsonNode? result, PathContext ctx)
    {
        if (ResultSelector is not null)
        {
            result = ResultSelector.Evaluate(result, ctx);
        }

        var assign = Assignments?.Evaluate(result, ctx);
        var output = Output(Selection.ApplyResultPath(ResultPath, rawInput, result), ctx);
        if (assign is not null)
        {
            ctx.Scope.Commit(assign);
        }

        return output;
    }

    public override JsonNode? Output(JsonNode? data, PathContext ctx) => Selection.Filter(OutputPath, data, ctx);

    public override IReadOnlyDictionary<string, JsonNode?> Assign(JsonNode? data, PathContext ctx) =>
        Assignments?.Evaluate(data, ctx) ?? NoAssignments;
}
