using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

/// <summary>One argument of an intrinsic call: a literal, a path or a nested call.</summary>
internal abstract record IntrinsicArgument(int Position)
{
    /// <summary>The argument's value; a fresh node that the caller may attach to a new parent.</summary>
    public abstract JsonNode? Evaluate(IntrinsicContext context);
}
