namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A parsed, validated state machine definition (JSONPath query language).</summary>
public sealed record StateMachineDefinition(string? Comment, StateGraph Graph, int? TimeoutSeconds);
