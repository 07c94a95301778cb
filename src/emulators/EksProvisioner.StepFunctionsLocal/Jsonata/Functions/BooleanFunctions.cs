using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary><c>$boolean $not $exists</c>.</summary>
internal static class BooleanFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "boolean", "<x-:b>", 1, c => JsonataTruth.Boolean(c[0]));
        FunctionLibrary.Define(frame, "not", "<x-:b>", 1, c => c[0] is null ? null : !JsonataTruth.IsTrue(c[0]));
        FunctionLibrary.Define(frame, "exists", "<x:b>", 1, c => c[0] is not null);
    }
}
