using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>A field name: the member of the context object (of each object, when the context is an array).</summary>
internal sealed record NameNode(string Name, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env) => JsonataValues.Lookup(input, Name);
}
