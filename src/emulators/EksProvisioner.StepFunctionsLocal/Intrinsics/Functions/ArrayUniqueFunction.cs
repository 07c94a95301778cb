using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>States.ArrayUnique(array): the elements without duplicates (deep JSON equality), first occurrences kept in order.</summary>
internal sealed class ArrayUniqueFunction : TypedFunction
{
    public override string Name => "States.ArrayUnique";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Array];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var unique = new List<JsonNode?>();
        foreach (var item in invocation.Array(0))
        {
            if (!unique.Exists(seen => JsonNode.DeepEquals(seen, item)))
            {
                unique.Add(item);
            }
        }

        return new JsonArray([.. unique.Select(item => item?.DeepClone())]);
    }
}
