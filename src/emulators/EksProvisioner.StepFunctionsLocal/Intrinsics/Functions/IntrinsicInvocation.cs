using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>The evaluated arguments of one call, with typed accessors that fail the way AWS reports it.</summary>
internal sealed class IntrinsicInvocation(
    string functionName,
    IReadOnlyList<IntrinsicArgument> arguments,
    IReadOnlyList<JsonNode?> values,
    IntrinsicContext context)
{
    public IReadOnlyList<IntrinsicArgument> Arguments => arguments;

    public IReadOnlyList<JsonNode?> Values => values;

    public IntrinsicContext Context => context;

    public int Count => values.Count;

    public JsonNode? Value(int index) => values[index];

    public JsonArray Array(int index) =>
        values[index] as JsonArray ?? throw Fail($"argument {index + 1} must be an array, got {Kind(values[index])}.");

    public JsonObject Object(int index) =>
        values[index] as JsonObject ?? throw Fail($"argument {index + 1} must be an object, got {Kind(values[index])}.");

    public string String(int index) =>
        values[index] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw Fail($"argument {index + 1} must be a string, got {Kind(values[index])}.");

    public bool Boolean(int index) =>
        values[index]?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fail($"argument {index + 1} must be a boolean, got {Kind(values[index])}."),
        };

    public double Number(int index) =>
        TryGetNumber(values[index], out var number)
            ? number
            : throw Fail($"argument {index + 1} must be a number, got {Kind(values[index])}.");

    /// <summary>
    /// An integer argument; the guide says "If you specify a non-integer value ... Step Functions will
    /// round it off to the nearest integer". Step Functions runs on the JVM, so halves round up
    /// (Java's Math.round: -2.5 becomes -2).
    /// </summary>
    public long RoundedInteger(int index)
    {
        var rounded = Math.Floor(Number(index) + 0.5);
        return rounded is >= long.MinValue and <= long.MaxValue
            ? (long)rounded
            : throw Fail($"argument {index + 1} is out of range: {values[index]?.ToJsonString()}.");
    }

    /// <summary>An argument that must already be a whole number (an array index).</summary>
    public long ExactInteger(int index)
    {
        var number = Number(index);
        return Math.Floor(number) == number && number is >= long.MinValue and <= long.MaxValue
            ? (long)number
            : throw Fail($"argument {index + 1} must be an integer, got {values[index]?.ToJsonString()}.");
    }

    public IntrinsicFailureException Fail(string message) => new($"{functionName}: {message}");

    public static bool TryGetNumber(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value
            && value.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public static string Kind(JsonNode? node) =>
        node?.GetValueKind() switch
        {
            null or JsonValueKind.Null => "null",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            _ => "a boolean",
        };
}
