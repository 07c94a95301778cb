using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.States;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>
/// Reads a definition tree into the model while collecting every problem (never stops at the first). Each state
/// type reads its own fields (see <see cref="StateReader"/>); this type holds the graph rules and the shared
/// field, path and template readers.
/// </summary>
internal sealed partial class DefinitionReader
{
    private static readonly HashSet<string> TopLevelFields = ["Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage"];

    /// <summary>The fields of a Parallel branch or a Map item processor.</summary>
    public static readonly HashSet<string> GraphFields = ["Comment", "StartAt", "States", "ProcessorConfig"];

    public List<AslProblem> Problems { get; } = [];

    public void Problem(string location, string message) => Problems.Add(new AslProblem(location, message));

    public StateMachineDefinition? ReadDefinition(JsonNode? root)
    {
        if (root is not JsonObject obj)
        {
            Problem("/", "a state machine definition is a JSON object");
            return null;
        }

        CheckFields(obj, "", TopLevelFields);
        CheckQueryLanguage(obj, "");
        ReadTopLevelQueryLanguage(obj);
        if (obj["Version"] is { } version && Str(version) is not "1.0")
        {
            Problem("/Version", "Version must be \"1.0\"");
        }

        var timeout = OptionalInt(obj, "TimeoutSeconds", "", min: 1);
        var graph = ReadGraph(obj, "");
        return graph is null ? null : new StateMachineDefinition(OptionalString(obj, "Comment", ""), graph, (int?)timeout);
    }

    /// <summary>A set of states with StartAt: the top level, a Parallel branch or a Map item processor.</summary>
    public StateGraph? ReadGraph(JsonObject obj, string location, HashSet<string>? allowed = null)
    {
        if (allowed is not null)
        {
            CheckFields(obj, location, allowed);
        }

        var startAt = RequiredString(obj, "StartAt", location);
        if (obj["States"] is not JsonObject statesObj)
        {
            Problem($"{location}/States", "States is required and must be an object");
            return null;
        }

        if (statesObj.Count == 0)
        {
            Problem($"{location}/States", "States must contain at least one state");
        }

        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        foreach (var (name, node) in statesObj)
        {
            var stateLocation = $"{location}/States/{name}";
            if (name.Length is 0 or > 80)
            {
                Problem(stateLocation, "a state name has 1 to 80 characters");
            }

            if (node is not JsonObject stateObj)
            {
                Problem(stateLocation, "a state is a JSON object");
                continue;
            }

            if (StateReader.Read(name, stateObj, stateLocation, this) is { } state)
            {
                states[name] = state;
            }
        }

        if (startAt is not null && !statesObj.ContainsKey(startAt))
        {
            Problem($"{location}/StartAt", $"state '{startAt}' does not exist");
        }

        CheckTransitions(states, location);
        if (startAt is not null && statesObj.ContainsKey(startAt))
        {
            CheckReachable(startAt, states, location);
        }

        return startAt is null ? null : new StateGraph(startAt, states);
    }
}
