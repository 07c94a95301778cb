using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>$f(a, ?)</c>: a function of the placeholders (null entries) with the other arguments fixed.</summary>
internal sealed record PartialNode(Node Procedure, IReadOnlyList<Node?> Arguments, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        var args = Arguments.Select(a => a?.Evaluate(input, env)).ToList();
        var holes = Arguments.Select(a => a is null).ToList();
        var procedure = Procedure.Evaluate(input, env);
        if (procedure is null && Procedure is PathNode { Steps: [NameNode name, ..] } && env.Lookup(name.Name) is not null)
        {
            throw new JsonataException("T1007", Position, $"Attempted to partially apply a non-function. Did you mean ${name.Name}?");
        }

        return procedure switch
        {
            LambdaFunction lambda => lambda.Partial(args, holes),
            NativeFunction native => native.Partial(args, holes),
            _ => throw new JsonataException("T1008", Position, "Attempted to partially apply a non-function"),
        };
    }
}
