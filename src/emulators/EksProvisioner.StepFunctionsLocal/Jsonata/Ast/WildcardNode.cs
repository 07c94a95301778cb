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

        if (input is OrderedDictionary<string, object?> obj)
        {
            foreach (var value in obj.Values)
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
