using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>
/// A state. Path fields hold the path text; <see langword="null"/> stands for an explicit JSON null
/// (the specification's "discard"), and an absent field is the default <c>$</c>.
/// </summary>
public abstract record State(string Name)
{
    public string? Comment { get; init; }

    /// <summary>The next state, or null for a terminal state (End, Succeed, Fail) or a Choice.</summary>
    public string? Next { get; init; }

    public bool End { get; init; }

    public string? InputPath { get; init; } = "$";

    public string? OutputPath { get; init; } = "$";

    /// <summary>Variables assigned when the state completes (JSON template with <c>.$</c> keys).</summary>
    public JsonObject? Assign { get; init; }

    /// <summary>The type name used in history events, such as <c>Task</c>.</summary>
    public abstract string TypeName { get; }
}
