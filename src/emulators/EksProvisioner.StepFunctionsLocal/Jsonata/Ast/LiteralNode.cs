using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>A string, number, boolean or null literal.</summary>
internal sealed record LiteralNode(object Value, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env) => Value;
}
