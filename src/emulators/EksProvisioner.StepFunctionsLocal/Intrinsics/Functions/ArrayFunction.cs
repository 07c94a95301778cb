using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>States.Array(values...): "takes zero or more arguments" and returns them as an array, in order.</summary>
internal sealed class ArrayFunction : IntrinsicFunction
{
    public override string Name => "States.Array";

    public override int MinArguments => 0;

    public override int MaxArguments => int.MaxValue;

    public override JsonNode? Invoke(IntrinsicInvocation invocation) => new JsonArray([.. invocation.Values]);
}
