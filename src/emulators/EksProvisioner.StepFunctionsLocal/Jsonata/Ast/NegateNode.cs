using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>Unary minus.</summary>
internal sealed record NegateNode(Node Operand, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        var value = Operand.Evaluate(input, env);
        if (value is null)
        {
            return null;
        }

        return JsonataValues.IsNumeric(value)
            ? -(double)value
            : throw new JsonataException("D1002", Position, $"Cannot negate a non-numeric value: {JsonataText.Of(value)}");
    }
}
