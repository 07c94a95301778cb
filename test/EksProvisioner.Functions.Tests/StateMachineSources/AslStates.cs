using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

/// <summary>The states of an ASL document at every depth (Parallel branches, Map processors), each with its path.</summary>
internal static class AslStates
{
    /// <summary>Every state, depth first; the path joins the names of the enclosing states with '/'.</summary>
    public static IEnumerable<(string Path, JsonObject State)> Walk(JsonNode? machine, string prefix = "")
    {
        if (machine?["States"] is not JsonObject states)
        {
            yield break;
        }

        foreach (var (name, node) in states)
        {
            if (node is not JsonObject state)
            {
                continue;
            }

            var path = prefix + name;
            yield return (path, state);
            foreach (var nested in NestedMachines(state).SelectMany(m => Walk(m, path + "/")))
            {
                yield return nested;
            }
        }
    }

    // Parallel runs Branches; Map runs ItemProcessor (Iterator is its older name, still accepted by AWS).
    private static IEnumerable<JsonNode?> NestedMachines(JsonObject state) =>
        [
            .. state["Branches"] as JsonArray ?? [],
            state["ItemProcessor"],
            state["Iterator"],
        ];
}
