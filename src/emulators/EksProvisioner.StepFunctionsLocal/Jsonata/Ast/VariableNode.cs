using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>$name</c>; <c>$</c> alone is the context value and <c>$$</c> the root (bound as <c>$</c>).</summary>
internal sealed record VariableNode(string Name, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env) =>
        Name.Length == 0
            ? input is JsonataArray { OuterWrapper: true } wrapper ? wrapper[0] : input
            : env.Lookup(Name);
}
