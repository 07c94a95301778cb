namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>A library function: its signature (as the reference declares it), its declared arity and its body.</summary>
internal sealed class NativeFunction(int arity, Func<NativeCall, object?> body) : JsonataFunction
{
    public override int Arity => arity;

    public override object? Invoke(IReadOnlyList<object?> args, object? input, Frame env) => body(new NativeCall(args, input, env));

    /// <summary>A library function with some arguments fixed; calling it skips the signature, as the reference does.</summary>
    public NativeFunction Partial(IReadOnlyList<object?> args, IReadOnlyList<bool> isPlaceholder)
    {
        var holes = isPlaceholder.Count(p => p);
        return new NativeFunction(holes, call =>
        {
            var merged = new List<object?>();
            var next = 0;
            for (var i = 0; i < Math.Max(arity, isPlaceholder.Count); i++)
            {
                var hole = i < isPlaceholder.Count && isPlaceholder[i];
                merged.Add(hole ? (next < call.Args.Count ? call.Args[next++] : null) : (i < args.Count ? args[i] : null));
            }

            return body(new NativeCall(merged, null, call.Env));
        });
    }
}
