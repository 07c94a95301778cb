using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// Parse-time checks of literal arguments: a literal of the wrong type can never succeed, so it is a
/// definition error rather than a run-time States.IntrinsicFailure.
/// </summary>
internal static class LiteralChecks
{
    public static bool TryGetLiteral(IntrinsicArgument argument, out JsonNode? value)
    {
        switch (argument)
        {
            case LiteralArgument literal:
                value = literal.Value;
                return true;
            case StringLiteralArgument text:
                value = JsonValue.Create(text.Value);
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Reports a literal at <paramref name="index"/> whose JSON kind is not <paramref name="expected"/>.</summary>
    public static void Expect(
        IntrinsicFunction function,
        IReadOnlyList<IntrinsicArgument> arguments,
        int index,
        ArgumentKind expected,
        ICollection<string> problems)
    {
        if (index >= arguments.Count || !TryGetLiteral(arguments[index], out var value))
        {
            return;
        }

        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var matches = expected switch
        {
            ArgumentKind.String => kind == JsonValueKind.String,
            ArgumentKind.Number => kind == JsonValueKind.Number,
            ArgumentKind.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            ArgumentKind.Array => false,
            ArgumentKind.Object => false,
            _ => true,
        };
        if (!matches)
        {
            problems.Add(
                $"{function.Name}: argument {index + 1} must be {Describe(expected)}, got {IntrinsicInvocation.Kind(value)} at position {arguments[index].Position}.");
        }
    }

    private static string Describe(ArgumentKind kind) => kind switch
    {
        ArgumentKind.String => "a string",
        ArgumentKind.Number => "a number",
        ArgumentKind.Boolean => "a boolean",
        ArgumentKind.Array => "an array (a path or a nested call, never a literal)",
        ArgumentKind.Object => "an object (a path or a nested call, never a literal)",
        _ => "any value",
    };
}
