using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>Reads a definition tree into the model while collecting every problem (never stops at the first).</summary>
internal sealed partial class DefinitionReader
{
    private static readonly HashSet<string> TopLevelFields = ["Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage"];
    private static readonly HashSet<string> GraphFields = ["Comment", "StartAt", "States", "ProcessorConfig"];

    public List<AslProblem> Problems { get; } = [];

    private void Problem(string location, string message) => Problems.Add(new AslProblem(location, message));

    public StateMachineDefinition? ReadDefinition(JsonNode? root)
    {
        if (root is not JsonObject obj)
        {
            Problem("/", "a state machine definition is a JSON object");
            return null;
        }

        CheckFields(obj, "", TopLevelFields);
        CheckQueryLanguage(obj, "");
        if (obj["Version"] is { } version && Str(version) is not "1.0")
        {
            Problem("/Version", "Version must be \"1.0\"");
        }

        var timeout = OptionalInt(obj, "TimeoutSeconds", "", min: 1);
        var graph = ReadGraph(obj, "");
        return graph is null ? null : new StateMachineDefinition(OptionalString(obj, "Comment", ""), graph, (int?)timeout);
    }

    private StateGraph? ReadGraph(JsonObject obj, string location, HashSet<string>? allowed = null)
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

            if (ReadState(name, stateObj, stateLocation) is { } state)
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

    private void CheckTransitions(Dictionary<string, State> states, string location)
    {
        foreach (var state in states.Values)
        {
            var at = $"{location}/States/{state.Name}";
            void Target(string? next, string where)
            {
                if (!string.IsNullOrEmpty(next) && !states.ContainsKey(next))
                {
                    Problem($"{at}/{where}", $"state '{next}' does not exist");
                }
            }

            Target(state.Next, "Next");
            switch (state)
            {
                case ChoiceState choice:
                    Target(choice.Default, "Default");
                    for (var i = 0; i < choice.Choices.Count; i++)
                    {
                        Target(choice.Choices[i].Next, $"Choices/{i}/Next");
                    }

                    break;
                case TaskState t:
                    CheckCatchTargets(t.Errors, at, Target);
                    break;
                case ParallelState p:
                    CheckCatchTargets(p.Errors, at, Target);
                    break;
                case MapState m:
                    CheckCatchTargets(m.Errors, at, Target);
                    break;
                default:
                    break;
            }
        }
    }

    private static void CheckCatchTargets(ErrorHandling errors, string at, Action<string?, string> target)
    {
        for (var i = 0; i < errors.Catch.Count; i++)
        {
            target(errors.Catch[i].Next, $"Catch/{i}/Next");
        }
    }

    private void CheckReachable(string startAt, Dictionary<string, State> states, string location)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([startAt]);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name) || !states.TryGetValue(name, out var state))
            {
                continue;
            }

            foreach (var next in Successors(state))
            {
                pending.Push(next);
            }
        }

        foreach (var name in states.Keys.Where(n => !seen.Contains(n)))
        {
            Problem($"{location}/States/{name}", $"state '{name}' is not reachable from '{startAt}'");
        }
    }

    private static IEnumerable<string> Successors(State state)
    {
        if (state.Next is not null)
        {
            yield return state.Next;
        }

        var errors = state switch
        {
            TaskState t => t.Errors,
            ParallelState p => p.Errors,
            MapState m => m.Errors,
            _ => ErrorHandling.None,
        };
        foreach (var c in errors.Catch)
        {
            yield return c.Next;
        }

        if (state is ChoiceState choice)
        {
            foreach (var b in choice.Choices)
            {
                yield return b.Next;
            }

            if (choice.Default is not null)
            {
                yield return choice.Default;
            }
        }
    }
}
