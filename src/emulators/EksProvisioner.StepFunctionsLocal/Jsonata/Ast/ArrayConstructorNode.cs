using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>[a, b, 1..3]</c>: items appended (sequences flattened), nested constructors kept as arrays.</summary>
internal sealed record ArrayConstructorNode(IReadOnlyList<Node> Items, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        object? result = new JsonataArray();
        foreach (var item in Items)
        {
            var value = item.Evaluate(input, env);
            if (value is null)
            {
                continue;
            }

            if (item is ArrayConstructorNode)
            {
                ((JsonataArray)result!).Add(value);
            }
            else
            {
                result = JsonataValues.Append(result, value);
            }
        }

        var array = (JsonataArray)result!;
        array.Cons = ConsArray;
        return array;
    }
}
