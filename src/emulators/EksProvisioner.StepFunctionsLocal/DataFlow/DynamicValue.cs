using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>The parsed value of a <c>.$</c> field (or ErrorPath/CausePath): a path or an intrinsic function call.</summary>
internal abstract record DynamicValue(string Text)
{
    /// <summary>The value for <paramref name="data"/>; <paramref name="field"/> names the field in error messages.</summary>
    public abstract JsonNode? Evaluate(JsonNode? data, PathContext ctx, string field);
}
