using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>A <c>.$</c> value that is a path.</summary>
internal sealed record PathValue(JsonPath Path) : DynamicValue(Path.Text)
{
    public override JsonNode? Evaluate(JsonNode? data, PathContext ctx, string field) => Selection.Select(Path, data, ctx, field);
}
