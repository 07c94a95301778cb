using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>function($x, $y)&lt;sig&gt;{ body }</c>: a closure over the current frame and context.</summary>
internal sealed record LambdaNode(IReadOnlyList<string> Parameters, Signature? Signature, Node Body, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env) =>
        new LambdaFunction(Parameters, Body, env, input) { Signature = Signature };
}
