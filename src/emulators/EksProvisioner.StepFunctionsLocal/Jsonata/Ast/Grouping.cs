using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>
/// The reference's evaluateGroupExpression: each item's keys are evaluated; items with the same key are
/// appended together and the value expression is evaluated once per key on that group.
/// </summary>
internal static class Grouping
{
    public static OrderedDictionary<string, object?> Evaluate(GroupSpec group, object? input, Frame env)
    {
        var items = input as JsonataArray ?? JsonataArray.Sequence(input);
        if (items.Count == 0)
        {
            items = JsonataArray.Sequence(null);
        }

        var groups = new OrderedDictionary<string, (object? Data, int PairIndex)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            for (var pairIndex = 0; pairIndex < group.Pairs.Count; pairIndex++)
            {
                var key = group.Pairs[pairIndex].Key.Evaluate(item, env);
                if (key is null)
                {
                    continue;
                }

                if (key is not string name)
                {
                    throw new JsonataException("T1003", group.Position, $"Key in object structure must evaluate to a string; got: {JsonataText.Of(key)}");
                }

                if (groups.TryGetValue(name, out var existing))
                {
                    if (existing.PairIndex != pairIndex)
                    {
                        throw new JsonataException("D1009", group.Position, $"Multiple key definitions evaluate to same key: {name}");
                    }

                    groups[name] = (JsonataValues.Append(existing.Data, item), pairIndex);
                }
                else
                {
                    groups[name] = (item, pairIndex);
                }
            }
        }

        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, entry) in groups)
        {
            var value = group.Pairs[entry.PairIndex].Value.Evaluate(entry.Data, env);
            if (value is not null)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
