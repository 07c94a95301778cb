using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Task state.</summary>
public sealed record TaskState(string Name, string Resource) : State(Name)
{
    public JsonNode? Parameters { get; init; }

    public JsonObject? ResultSelector { get; init; }

    public string? ResultPath { get; init; } = "$";

    public ErrorHandling Errors { get; init; } = ErrorHandling.None;

    public int? TimeoutSeconds { get; init; }

    public string? TimeoutSecondsPath { get; init; }

    public int? HeartbeatSeconds { get; init; }

    public string? HeartbeatSecondsPath { get; init; }

    public override string TypeName => "Task";
}
