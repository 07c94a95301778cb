using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// How data moves through one state, in the state's query language. The engine supports JSONPath
/// (<see cref="JsonPathDataFlow"/>); JSONata (issue #16: Arguments, Output, Assign with expressions) is a sibling
/// chosen per state by its QueryLanguage, so the states themselves do not change.
/// </summary>
internal abstract record StateDataFlow
{
    /// <summary>The state's effective input (JSONPath: InputPath).</summary>
    public abstract JsonNode? Input(JsonNode? input, PathContext ctx);

    /// <summary>What the state's work receives (JSONPath: Parameters over the effective input).</summary>
    public abstract JsonNode? Payload(JsonNode? effective, PathContext ctx);

    /// <summary>
    /// From the work's result to the state's output (JSONPath: ResultSelector, Assign, ResultPath over
    /// <paramref name="rawInput"/>, OutputPath); the assignments are committed last.
    /// </summary>
    public abstract JsonNode? Finish(JsonNode? rawInput, JsonNode? result, PathContext ctx);

    /// <summary>The state's output from <paramref name="data"/> without a result (JSONPath: OutputPath).</summary>
    public abstract JsonNode? Output(JsonNode? data, PathContext ctx);

    /// <summary>The state's Assign block evaluated over <paramref name="data"/>; empty without one.</summary>
    public abstract IReadOnlyDictionary<string, JsonNode?> Assign(JsonNode? data, PathContext ctx);
}
