namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>A function value: a lambda, a partial application or a library function.</summary>
internal abstract class JsonataFunction
{
    /// <summary>How many arguments it declares; higher-order functions pass the index and array only if it takes them.</summary>
    public abstract int Arity { get; }

    public Signature? Signature { get; init; }

    public abstract object? Invoke(IReadOnlyList<object?> args, object? input, Frame env);

    /// <summary>Validates the arguments against the signature (filling in the context), then invokes.</summary>
    public object? Apply(IReadOnlyList<object?> args, object? input, Frame env) =>
        Invoke(Signature is null ? args : Signature.Validate(args, input), input, env);

    /// <summary>The reference's hofFuncArgs: the value, then the index and the whole collection if the function takes them.</summary>
    public object? CallBack(Frame env, object? value, object? index, object? collection)
    {
        List<object?> args = [value];
        if (Arity >= 2)
        {
            args.Add(index);
        }

        if (Arity >= 3)
        {
            args.Add(collection);
        }

        return Apply(args, null, env);
    }
}
