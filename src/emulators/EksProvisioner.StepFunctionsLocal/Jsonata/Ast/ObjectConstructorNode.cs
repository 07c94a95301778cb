using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>{"key": value, ...}</c> evaluated on the context (grouped when the context is a sequence).</summary>
internal sealed record ObjectConstructorNode(GroupSpec Spec, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env) => Grouping.Evaluate(Spec, input, env);
}
