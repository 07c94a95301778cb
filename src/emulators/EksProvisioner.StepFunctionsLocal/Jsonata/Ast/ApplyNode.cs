using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>x ~> $f(args)</c> calls <c>$f(x, args)</c>; <c>$f ~> $g</c> composes two functions.</summary>
internal sealed record ApplyNode(Node Lhs, Node Rhs, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        var lhs = Lhs.Evaluate(input, env);
        if (Rhs is CallNode call && call.Predicates is null && call.Group is null)
        {
            return call.Call(input, env, applied: true, lhs);
        }

        var function = Rhs.Evaluate(input, env) as JsonataFunction
            ?? throw new JsonataException("T2006", Position, "The right side of the function application operator ~> must be a function");
        if (lhs is JsonataFunction first)
        {
            return new NativeFunction(1, c => function.Apply([first.Apply([c[0]], null, c.Env)], null, c.Env));
        }

        return function.Apply([lhs], null, env);
    }
}
