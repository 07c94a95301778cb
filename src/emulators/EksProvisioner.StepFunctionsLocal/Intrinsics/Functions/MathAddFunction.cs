using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.MathAdd(a, b): the sum. "You must specify integer values in the range of -2147483648 and
/// 2147483647"; fractions are rounded to the nearest integer first.
/// </summary>
internal sealed class MathAddFunction : TypedFunction
{
    public override string Name => "States.MathAdd";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Number, ArgumentKind.Number];

    public override JsonNode? Invoke(IntrinsicInvocation invocation) =>
        JsonValue.Create(Int32Argument(invocation, 0) + Int32Argument(invocation, 1));

    private static long Int32Argument(IntrinsicInvocation invocation, int index)
    {
        var value = invocation.RoundedInteger(index);
        return value is >= int.MinValue and <= int.MaxValue
            ? value
            : throw invocation.Fail($"argument {index + 1} ({value}) is outside the range -2147483648 to 2147483647.");
    }
}
