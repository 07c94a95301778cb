using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// An Assign block: every variable is evaluated against the same data, and the values are committed together
/// when the state (or catcher, or choice) completes, so references inside a state see the values from its entry.
/// </summary>
internal sealed record Assignment(IReadOnlyList<TemplateEntry> Variables)
{
    public Dictionary<string, JsonNode?> Evaluate(JsonNode? data, PathContext ctx)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var variable in Variables)
        {
            values[variable.Name] = variable.Value.Evaluate(data, ctx);
        }

        return values;
    }
}
