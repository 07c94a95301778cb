using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>States.ArrayLength(array): the number of elements.</summary>
internal sealed class ArrayLengthFunction : TypedFunction
{
    public override string Name => "States.ArrayLength";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Array];

    public override JsonNode? Invoke(IntrinsicInvocation invocation) => JsonValue.Create(invocation.Array(0).Count);
}
