using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;
using EksProvisioner.StepFunctionsLocal.Jsonata;
using EksProvisioner.StepFunctionsLocal.Jsonata.Functions;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// The functions Step Functions adds to JSONata (AWS: "Transforming data with JSONata in Step Functions", JSONata
/// functions provided by Step Functions): <c>$partition $range $hash $random $uuid $parse</c>, the JSONata
/// successors of the States.* intrinsics, bound outside the standard library so that they win over it.
/// </summary>
internal static class StatesJsonataFunctions
{
    /// <summary>AWS's largest <c>$range</c> (the reference's own range operator stops at 1e7 too).</summary>
    public const int MaxRangeItems = 10_000_000;

    public static Frame Frame { get; } = Build();

    private static Frame Build()
    {
        var frame = new Frame(FunctionLibrary.Frame, FunctionLibrary.Frame.Globals);
        FunctionLibrary.Define(frame, "partition", "<an:a>", 2, c => Partition(c.Array(0)!, c.Number(1)!.Value));
        FunctionLibrary.Define(frame, "range", "<nnn:a>", 3, c => Range(c.Number(0)!.Value, c.Number(1)!.Value, c.Number(2)!.Value));
        FunctionLibrary.Define(frame, "hash", "<ss:s>", 2, c => Hash(c.String(0)!, c.String(1)!));
        FunctionLibrary.Define(frame, "random", "<n?:n>", 1, c => (c.Number(0) is { } seed ? MathRandomFunction.Seeded((long)Math.Truncate(seed)) : Randomness(c))());
        FunctionLibrary.Define(frame, "uuid", "<:s>", 0, c => UuidFunction.NewUuid(Randomness(c)));
        FunctionLibrary.Define(frame, "parse", "<s-:j>", 1, c => Parse(c.String(0)!));
        return frame;
    }

    private static JsonataArray Partition(JsonataArray items, double size)
    {
        if (!JsonataValues.IsInteger(size) || size < 1)
        {
            throw new JsonataException($"The chunk size of $partition must be a positive integer, but was: {JsonataText.Of(size)}");
        }

        return new JsonataArray(items.Chunk((int)Math.Min(size, int.MaxValue)).Select(chunk => (object?)new JsonataArray(chunk)));
    }

    /// <summary>From start to end inclusive by step, as States.ArrayRange: the AWS example <c>$range(0, 10, 2)</c> is <c>[0,2,4,6,8,10]</c>.</summary>
    private static JsonataArray Range(double start, double end, double step)
    {
        if (!JsonataValues.IsInteger(start) || !JsonataValues.IsInteger(end) || !JsonataValues.IsInteger(step) || step == 0)
        {
            throw new JsonataException($"The arguments of $range must be integers and the step must not be 0, but were: {JsonataText.Of(start)}, {JsonataText.Of(end)}, {JsonataText.Of(step)}");
        }

        var count = (end - start) / step < 0 ? 0 : Math.Floor((end - start) / step) + 1;
        if (count > MaxRangeItems)
        {
            throw new JsonataException($"$range would make {JsonataText.Of(count)} items; at most {MaxRangeItems} are allowed");
        }

        return new JsonataArray(Enumerable.Range(0, (int)count).Select(i => (object?)(start + (i * step))));
    }

    private static string Hash(string data, string algorithm) =>
        HashFunction.Algorithms.TryGetValue(algorithm, out var hash)
            ? Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(data)))
            : throw new JsonataException($"The algorithm of $hash must be one of {HashFunction.Known}, but was: {algorithm}");

    private static object? Parse(string text)
    {
        try
        {
            return JsonataValues.FromJson(JsonNode.Parse(text));
        }
        catch (JsonException e)
        {
            throw new JsonataException($"The argument of $parse is not valid JSON: {e.Message}", e);
        }
    }

    private static Core.Time.Randomizer Randomness(NativeCall call) =>
        call.Env.Globals.Random ?? throw new InvalidOperationException("$random() and $uuid() need the execution's randomizer");
}
