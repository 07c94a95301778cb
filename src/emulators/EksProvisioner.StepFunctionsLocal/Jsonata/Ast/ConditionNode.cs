using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>c ? a : b</c>, and the <c>??</c> and <c>?:</c> forms the parser rewrites into it.</summary>
internal sealed record ConditionNode(Node Condition, Node Then, Node? Else, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        var condition = Condition.Evaluate(input, env);
        if (JsonataTruth.IsTrue(condition))
        {
            return Then.Evaluate(input, env);
        }

        return Else?.Evaluate(input, env);
    }
}
