using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

/// <summary>
/// Turns a definition source (statemachine/source/*.json) into plain ASL: a state's <c>"Retry": ["IamPropagation", "Transient"]</c>
/// becomes the array of those policies' retriers, in the order written (ASL tries retriers in order, first match wins).
/// Everything else is copied unchanged, so AWS deploys exactly what the source says.
/// </summary>
internal sealed class DefinitionExpander(RetryPolicies policies)
{
    /// <summary>The expanded definition; every problem (an unknown name, a retrier written inline) is reported at once, each naming its state.</summary>
    public JsonObject Expand(JsonNode source, string sourceName)
    {
        var definition = source.DeepClone().AsObject();
        var problems = new List<string>();
        foreach (var (path, state) in AslStates.Walk(definition))
        {
            if (state["Retry"] is { } retry)
            {
                state["Retry"] = ExpandRetry(retry, $"{sourceName}: state '{path}'", problems);
            }
        }

        return problems.Count == 0 ? definition : throw new InvalidDataException(string.Join('\n', problems));
    }

    private JsonArray ExpandRetry(JsonNode retry, string where, List<string> problems)
    {
        var retriers = new JsonArray();
        if (retry is not JsonArray names)
        {
            problems.Add($"{where}: Retry must be an array of retry policy names, such as [\"Transient\"]");
            return retriers;
        }

        foreach (var name in names)
        {
            if (name is not JsonValue value || !value.TryGetValue<string>(out var policy))
            {
                problems.Add($"{where}: Retry lists {name?.ToJsonString() ?? "null"}; name a policy of retry-policies.json instead of writing a retrier inline");
            }
            else if (policies.TryGet(policy, out var retrier))
            {
                retriers.Add(retrier);
            }
            else
            {
                problems.Add($"{where}: unknown retry policy '{policy}' (retry-policies.json defines {string.Join(", ", policies.Names)})");
            }
        }

        return retriers;
    }
}
