using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// JSONata data flow (AWS: "Transforming data with JSONata in Step Functions"): the state's input goes to its work
/// as is or through <c>Arguments</c>; its output is the result, or <c>Output</c> evaluated with
/// <c>$states.input</c>, <c>$states.result</c> and <c>$states.context</c>; <c>Assign</c> sees the same bindings.
/// </summary>
internal sealed record JsonataDataFlow : StateDataFlow
{
    private static readonly Dictionary<string, JsonNode?> NoAssignments = [];

    public JsonataTemplate? Arguments { get; init; }

    public JsonataTemplate? OutputTemplate { get; init; }

    public IReadOnlyList<(string Name, JsonataTemplate Value)>? Assignments { get; init; }

    public override JsonNode? Input(JsonNode? input, PathContext ctx) => input;

    public override JsonNode? Payload(JsonNode? effective, PathContext ctx) =>
        Arguments is null ? effective : Arguments.Evaluate(Bindings(effective, null, ctx), ctx);

    public override JsonNode? Finish(JsonNode? rawInput, JsonNode? result, PathContext ctx)
    {
        var bindings = Bindings(rawInput, result, ctx);
        var assign = Evaluate(bindings, ctx);
        var output = OutputTemplate is null ? result : OutputTemplate.Evaluate(bindings, ctx);
        ctx.Scope.Commit(assign);
        return output;
    }

    /// <summary>A catcher's Output and Assign: over the state's input and <c>$states.errorOutput</c>, which is also the default output.</summary>
    public JsonNode? Caught(JsonNode? input, JsonObject errorOutput, PathContext ctx)
    {
        var bindings = Bindings(input, null, ctx);
        ((JsonObject)bindings["states"]!)["errorOutput"] = errorOutput.DeepClone();
        var assign = Evaluate(bindings, ctx);
        var output = OutputTemplate is null ? errorOutput : OutputTemplate.Evaluate(bindings, ctx);
        ctx.Scope.Commit(assign);
        return output;
    }

    public override JsonNode? Output(JsonNode? data, PathContext ctx) =>
        OutputTemplate is null ? data : OutputTemplate.Evaluate(Bindings(data, null, ctx), ctx);

    public override IReadOnlyDictionary<string, JsonNode?> Assign(JsonNode? data, PathContext ctx) =>
        Evaluate(Bindings(data, null, ctx), ctx);

    private IReadOnlyDictionary<string, JsonNode?> Evaluate(Dictionary<string, JsonNode?> bindings, PathContext ctx)
    {
        if (Assignments is null)
        {
            return NoAssignments;
        }

        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in Assignments)
        {
            values[name] = value.Evaluate(bindings, ctx);
        }

        return values;
    }

    /// <summary>The workflow variables plus <c>$states</c>; <c>result</c> is bound only once there is one.</summary>
    public static Dictionary<string, JsonNode?> Bindings(JsonNode? input, JsonNode? result, PathContext ctx)
    {
        var bindings = ctx.Scope.Snapshot();
        var states = new JsonObject { ["input"] = input?.DeepClone(), ["context"] = ctx.Context?.DeepClone() };
        if (result is not null)
        {
            states["result"] = result.DeepClone();
        }

        bindings["states"] = states;
        return bindings;
    }
}
