using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// Stands in for a misspelt function name while parsing, so that the rest of the call is still
/// checked; an expression holding one never passes validation, so it is never evaluated.
/// </summary>
internal sealed class UnknownFunction(string name) : IntrinsicFunction
{
    public override string Name => name;

    public override int MinArguments => 0;

    public override int MaxArguments => int.MaxValue;

    public override JsonNode? Invoke(IntrinsicInvocation invocation) =>
        throw new InvalidOperationException($"Unknown intrinsic function {name} cannot be evaluated.");
}
