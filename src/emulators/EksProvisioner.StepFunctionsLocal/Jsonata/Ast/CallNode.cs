using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>$f(a, b)</c>; called from <c>x ~> $f(b)</c>, that value goes first.</summary>
internal sealed record CallNode(Node Procedure, IReadOnlyList<Node> Arguments, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env) => Call(input, env, applied: false, null);

    public object? Call(object? input, Frame env, bool applied, object? context)
    {
        var procedure = Procedure.Evaluate(input, env);
        if (procedure is null && Procedure is PathNode { Steps: [NameNode name, ..] } && env.Lookup(name.Name) is not null)
        {
            throw new JsonataException("T1005", Position, $"Attempted to invoke a non-function. Did you mean ${name.Name}?");
        }

        var args = new List<object?>();
        if (applied)
        {
            args.Add(context);
        }

        foreach (var argument in Arguments)
        {
            args.Add(argument.Evaluate(input, env));
        }

        if (procedure is not JsonataFunction function)
        {
            throw new JsonataException("T1006", Position, "Attempted to invoke a non-function");
        }

        try
        {
            return function.Apply(args, input, env);
        }
        catch (JsonataException error) when (error.Position == 0)
        {
            error.Position = Position;
            throw;
        }
    }
}
