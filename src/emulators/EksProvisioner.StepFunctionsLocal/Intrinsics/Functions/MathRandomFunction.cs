using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.MathRandom(start, end[, seed]): "a random number between the specified start number
/// (inclusive) and end number (exclusive)"; fractions are rounded; "if you use this function with the
/// same seed value, it will return identical numbers". Without a seed the context's injected randomizer
/// is used, so executions are reproducible under test.
/// </summary>
internal sealed class MathRandomFunction : TypedFunction
{
    public override string Name => "States.MathRandom";

    public override int MinArguments => 2;

    public override int MaxArguments => 3;

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Number, ArgumentKind.Number, ArgumentKind.Number];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var start = invocation.RoundedInteger(0);
        var end = invocation.RoundedInteger(1);
        if (end <= start)
        {
            throw invocation.Fail($"the end ({end}) must be greater than the start ({start}).");
        }

        var random = invocation.Count == 3 ? Seeded(invocation.RoundedInteger(2)) : invocation.Context.Random;
        var span = (double)end - start;
        var offset = (long)Math.Floor(random() * span);
        return JsonValue.Create(Math.Min(start + offset, end - 1));
    }

    /// <summary>The randomizer of a seed (JSONata's <c>$random(seed)</c> uses it too).</summary>
    public static Randomizer Seeded(long seed) => Randomizers.Seeded(unchecked((int)(seed ^ (seed >> 32))));
}
