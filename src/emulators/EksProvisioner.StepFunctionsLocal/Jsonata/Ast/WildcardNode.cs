using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>*</c>: every member value of the context object, arrays flattened.</summary>
internal sealed record WildcardNode(int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        object? results = JsonataArray.Sequence();
        if (input is JsonataArray { OuterWrapper: true, Count: > 0 } wrapper)
        {
            input = wrapper[0];
        }

        // JavaScript's Object.keys also walks an array's elements, so a wildcard on an array answers its items.
        IEnumerable<object?>? values = input switch
        {
            OrderedDictionary<string, object?> obj => obj.Values,
            JsonataArray items => items,
            _ => null,
        };
        if (values is not null)
        {
            foreach (var value in values)
            {
                if (value is JsonataArray array)
                {
                    results = JsonataValues.Append(results, Flatten(array, new JsonataArray()));
                }
                else
                {
                    ((JsonataArray)results!).Add(value);
                }
            }
        }

        return results;
    }

    private static JsonataArray Flatten(object? value, JsonataArray into)
    {
        if (value is JsonataArray array)
        {
            foreach (var item in array)
            {
                Flatten(item, into);
            }
        }
        else
        {
            into.Add(value);
        }

        return into;
    }
}
