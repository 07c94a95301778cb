using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>States.ArrayGetItem(array, index): the element at a zero-based index; an index outside the array fails.</summary>
internal sealed class ArrayGetItemFunction : TypedFunction
{
    public override string Name => "States.ArrayGetItem";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Array, ArgumentKind.Number];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var items = invocation.Array(0);
        var index = invocation.ExactInteger(1);
        if (index < 0 || index >= items.Count)
        {
            throw invocation.Fail($"index {index} is out of range for an array of {items.Count} item(s).");
        }

        return items[(int)index]?.DeepClone();
    }
}
