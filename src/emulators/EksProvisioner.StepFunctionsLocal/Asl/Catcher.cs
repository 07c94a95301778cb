using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Catch entry: where to go, and where the <c>{Error, Cause}</c> output goes (null discards it).</summary>
public sealed record Catcher(IReadOnlyList<string> ErrorEquals, string Next, string? ResultPath = "$", JsonObject? Assign = null);
