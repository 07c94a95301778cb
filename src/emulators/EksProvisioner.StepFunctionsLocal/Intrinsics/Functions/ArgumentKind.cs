namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>The JSON type a function expects for one argument.</summary>
internal enum ArgumentKind
{
    Any,
    String,
    Number,
    Boolean,
    Array,
    Object,
}
