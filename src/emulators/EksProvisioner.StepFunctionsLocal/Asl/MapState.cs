using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>An inline Map state: runs <see cref="ItemProcessor"/> once per item of the array at <see cref="ItemsPath"/>.</summary>
public sealed record MapState(string Name, StateGraph ItemProcessor) : State(Name)
{
    public string ItemsPath { get; init; } = "$";

    public JsonNode? ItemSelector { get; init; }

    public int MaxConcurrency { get; init; }

    public string? MaxConcurrencyPath { get; init; }

    public int? ToleratedFailureCount { get; init; }

    public string? ToleratedFailureCountPath { get; init; }

    public double? ToleratedFailurePercentage { get; init; }

    public string? ToleratedFailurePercentagePath { get; init; }

    public JsonObject? ResultSelector { get; init; }

    public string? ResultPath { get; init; } = "$";

    public ErrorHandling Errors { get; init; } = ErrorHandling.None;

    public override string TypeName => "Map";
}
