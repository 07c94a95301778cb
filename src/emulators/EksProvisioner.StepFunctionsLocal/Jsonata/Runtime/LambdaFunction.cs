using EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>A <c>function($a, $b){ ... }</c> closed over the frame and input where it was defined.</summary>
internal sealed class LambdaFunction(IReadOnlyList<string> parameters, Node body, Frame closure, object? input) : JsonataFunction
{
    public override int Arity => parameters.Count;

    public IReadOnlyList<string> Parameters => parameters;

    public override object? Invoke(IReadOnlyList<object?> args, object? input1, Frame env)
    {
        var frame = closure.Child();
        for (var i = 0; i < parameters.Count; i++)
        {
            frame.Bind(parameters[i], i < args.Count ? args[i] : null);
        }

        return body.Evaluate(input, frame);
    }

    /// <summary>Binds the supplied arguments; the placeholders (<c>?</c>) stay parameters.</summary>
    public LambdaFunction Partial(IReadOnlyList<object?> args, IReadOnlyList<bool> isPlaceholder)
    {
        var frame = closure.Child();
        var unbound = new List<string>();
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i < isPlaceholder.Count && isPlaceholder[i])
            {
                unbound.Add(parameters[i]);
            }
            else
            {
                frame.Bind(parameters[i], i < args.Count ? args[i] : null);
            }
        }

        return new LambdaFunction(unbound, body, frame, input);
    }
}
