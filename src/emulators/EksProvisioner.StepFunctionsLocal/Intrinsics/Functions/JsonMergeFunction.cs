using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.JsonMerge(left, right, false): shallow merge, the right object's keys win. "Currently, Step
/// Functions only supports the shallow merging mode; therefore, you must specify the boolean value as
/// false."
/// </summary>
internal sealed class JsonMergeFunction : TypedFunction
{
    public override string Name => "States.JsonMerge";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Object, ArgumentKind.Object, ArgumentKind.Boolean];

    public override void ValidateArguments(IReadOnlyList<IntrinsicArgument> arguments, ICollection<string> problems)
    {
        base.ValidateArguments(arguments, problems);
        if (arguments.Count > 2 && LiteralChecks.TryGetLiteral(arguments[2], out var deep)
            && deep?.GetValueKind() == JsonValueKind.True)
        {
            problems.Add($"{Name}: argument 3 must be false; only shallow merging is supported (position {arguments[2].Position}).");
        }
    }

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var left = invocation.Object(0);
        var right = invocation.Object(1);
        if (invocation.Boolean(2))
        {
            throw invocation.Fail("argument 3 must be false; only shallow merging is supported.");
        }

        var merged = new JsonObject();
        foreach (var (key, value) in left.Concat(right))
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }
}
