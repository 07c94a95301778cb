using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>(a; b; c)</c>: a new scope; the value of the last expression.</summary>
internal sealed record BlockNode(IReadOnlyList<Node> Expressions, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        var frame = env.Child();
        object? result = null;
        foreach (var expression in Expressions)
        {
            result = expression.Evaluate(input, frame);
        }

        return result;
    }
}
