using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Parallel state: runs every branch on the same input; the result is the array of branch outputs.</summary>
public sealed record ParallelState(string Name, IReadOnlyList<StateGraph> Branches) : State(Name)
{
    public JsonNode? Parameters { get; init; }

    public JsonObject? ResultSelector { get; init; }

    public string? ResultPath { get; init; } = "$";

    public ErrorHandling Errors { get; init; } = ErrorHandling.None;

    public override string TypeName => "Parallel";
}
