using EksProvisioner.StepFunctionsLocal.States;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>The graph rules: every transition names a state of the same graph, and every state is reachable.</summary>
internal sealed partial class DefinitionReader
{
    private void CheckTransitions(Dictionary<string, State> states, string location)
    {
        foreach (var state in states.Values)
        {
            foreach (var (next, where) in state.Transitions())
            {
                if (!string.IsNullOrEmpty(next) && !states.ContainsKey(next))
                {
                    Problem($"{location}/States/{state.Name}/{where}", $"state '{next}' does not exist");
                }
            }
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

            foreach (var (next, _) in state.Transitions())
            {
                pending.Push(next);
            }
        }

        foreach (var name in states.Keys.Where(n => !seen.Contains(n)))
        {
            Problem($"{location}/States/{name}", $"state '{name}' is not reachable from '{startAt}'");
        }
    }
}
