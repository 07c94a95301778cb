using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Jsonata;

/// <summary>An evaluation's outcome: <see cref="IsDefined"/> false when the expression produced no value.</summary>
public readonly record struct JsonataResult(bool IsDefined, JsonNode? Value);
