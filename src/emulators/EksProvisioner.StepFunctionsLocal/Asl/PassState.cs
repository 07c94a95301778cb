using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Pass state: passes its input, or a fixed <see cref="Result"/>, to its output.</summary>
public sealed record PassState(string Name) : State(Name)
{
    public JsonNode? Parameters { get; init; }

    public bool HasResult { get; init; }

    public JsonNode? Result { get; init; }

    public string? ResultPath { get; init; } = "$";

    public override string TypeName => "Pass";
}
