using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>**</c>: the context value and every value nested in it, depth first.</summary>
internal sealed record DescendantNode(int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        if (input is null)
        {
            return null;
        }

        var results = JsonataArray.Sequence();
        Recurse(input, results);
        return results.Count == 1 ? results[0] : results;
    }

    private static void Recurse(object? input, JsonataArray results)
    {
        if (input is JsonataArray array)
        {
            foreach (var member in array)
            {
                Recurse(member, results);
            }

            return;
        }

        results.Add(input);
        if (input is OrderedDictionary<string, object?> obj)
        {
            foreach (var value in obj.Values)
            {
                Recurse(value, results);
            }
        }
    }
}
