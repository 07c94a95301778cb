using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// Workflow variables. Top-level states share one scope; each Parallel branch and Map iteration gets its own
/// scope that reads the outer ones. Assignments of a state are committed together when the state finishes, so
/// every reference inside a state sees the values from state entry.
/// </summary>
internal sealed class VariableScope(VariableScope? parent)
{
    private readonly Dictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public (bool Found, JsonNode? Value) Lookup(string name)
    {
        lock (_gate)
        {
            if (_values.TryGetValue(name, out var value))
            {
                return (true, value);
            }
        }

        return parent?.Lookup(name) ?? (false, null);
    }

    public void Commit(IReadOnlyDictionary<string, JsonNode?> assignments)
    {
        lock (_gate)
        {
            foreach (var (name, value) in assignments)
            {
                _values[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>Every visible variable, inner scopes hiding outer ones: JSONata binds them all before evaluating.</summary>
    public Dictionary<string, JsonNode?> Snapshot()
    {
        var all = parent?.Snapshot() ?? new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (name, value) in _values)
            {
                all[name] = value;
            }
        }

        return all;
    }
}
