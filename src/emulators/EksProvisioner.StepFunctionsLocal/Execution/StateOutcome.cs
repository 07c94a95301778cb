using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>What a state produced: its output and the next state (null ends the graph).</summary>
internal readonly record struct StateOutcome(JsonNode? Output, string? Next);
