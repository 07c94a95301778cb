using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.ArrayPartition(array, chunkSize): chunks of chunkSize, the last one possibly shorter. "You
/// must specify a non-zero, positive integer for the second argument"; a fraction is rounded.
/// </summary>
internal sealed class ArrayPartitionFunction : TypedFunction
{
    public override string Name => "States.ArrayPartition";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Array, ArgumentKind.Number];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var items = invocation.Array(0);
        var size = invocation.RoundedInteger(1);
        if (size <= 0)
        {
            throw invocation.Fail($"the chunk size must be a positive integer, got {invocation.Value(1)?.ToJsonString()}.");
        }

        var chunks = new JsonArray();
        foreach (var chunk in items.Chunk((int)Math.Min(size, int.MaxValue)))
        {
            chunks.Add(new JsonArray([.. chunk.Select(item => item?.DeepClone())]));
        }

        return chunks;
    }
}
