using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.ArrayRange(first, last, step): first, first+step, ... up to and including last when reached.
/// "You must specify a non-zero value for the third argument"; "The newly generated array can't contain
/// more than 1000 items"; fractions are rounded to the nearest integer.
/// </summary>
internal sealed class ArrayRangeFunction : TypedFunction
{
    public const int MaxItems = 1000;

    public override string Name => "States.ArrayRange";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Number, ArgumentKind.Number, ArgumentKind.Number];

    public override void ValidateArguments(IReadOnlyList<IntrinsicArgument> arguments, ICollection<string> problems)
    {
        base.ValidateArguments(arguments, problems);
        if (arguments.Count > 2 && LiteralChecks.TryGetLiteral(arguments[2], out var step)
            && step?.GetValueKind() == JsonValueKind.Number
            && IntrinsicInvocation.TryGetNumber(step, out var number) && Math.Floor(number + 0.5) == 0)
        {
            problems.Add($"{Name}: the step (argument 3) must not be zero (position {arguments[2].Position}).");
        }
    }

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var first = invocation.RoundedInteger(0);
        var last = invocation.RoundedInteger(1);
        var step = invocation.RoundedInteger(2);
        if (step == 0)
        {
            throw invocation.Fail("the step (argument 3) must not be zero.");
        }

        var span = (decimal)last - first;
        var count = span / step < 0 ? 0 : Math.Floor(span / step) + 1;
        if (count > MaxItems)
        {
            throw invocation.Fail($"the range would hold {count} items; at most {MaxItems} are allowed.");
        }

        var range = new JsonArray();
        for (var i = 0L; i < count; i++)
        {
            range.Add(JsonValue.Create(first + (i * step)));
        }

        return range;
    }
}
