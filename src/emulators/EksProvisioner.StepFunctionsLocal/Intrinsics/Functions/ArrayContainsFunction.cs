using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>States.ArrayContains(array, value): true when an element equals the value as JSON (deep equality).</summary>
internal sealed class ArrayContainsFunction : TypedFunction
{
    public override string Name => "States.ArrayContains";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Array, ArgumentKind.Any];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var items = invocation.Array(0);
        var wanted = invocation.Value(1);
        return JsonValue.Create(items.Any(item => JsonNode.DeepEquals(item, wanted)));
    }
}
