using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary>The standard library, bound once in the outermost frame with the reference's signatures.</summary>
internal static class FunctionLibrary
{
    public static Frame Frame { get; } = Build();

    private static Frame Build()
    {
        var frame = new Frame(null, new EvaluationGlobals(TimeProvider.System));
        AggregateFunctions.Register(frame);
        StringFunctions.Register(frame);
        PatternFunctions.Register(frame);
        NumericFunctions.Register(frame);
        BooleanFunctions.Register(frame);
        ArrayFunctions.Register(frame);
        ObjectFunctions.Register(frame);
        HigherOrderFunctions.Register(frame);
        DateTimeFunctions.Register(frame);
        EncodingFunctions.Register(frame);
        return frame;
    }

    /// <summary>Binds a library function; <paramref name="arity"/> is how many parameters the reference declares.</summary>
    public static void Define(Frame frame, string name, string signature, int arity, Func<NativeCall, object?> body) =>
        frame.Bind(name, new NativeFunction(arity, body) { Signature = Signature.Parse(signature) });
}
