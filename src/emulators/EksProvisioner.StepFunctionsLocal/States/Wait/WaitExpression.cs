using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A JSONata Wait's Seconds or Timestamp expression: which field holds one, and what its value means.</summary>
internal static class WaitExpression
{
    /// <summary>The field holding a <c>{% %}</c> string, or null when the wait is a literal.</summary>
    public static string? Field(JsonObject obj) =>
        new[] { "Seconds", "Timestamp" }.FirstOrDefault(f => DefinitionReader.Str(obj[f]) is { } s && s.StartsWith("{%", StringComparison.Ordinal));

    /// <summary>
    /// AWS: Seconds must evaluate to a non-negative integer and Timestamp to an RFC 3339 string; anything else
    /// is a States.QueryEvaluationError.
    /// </summary>
    public static DateTimeOffset Until(WaitState state, DateTimeOffset entered, JsonNode? value)
    {
        if (state.IsSeconds)
        {
            return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number
                && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds == Math.Floor(seconds) && seconds <= 99999999
                ? entered.AddSeconds(seconds)
                : throw Failure(state, "Seconds", "a non-negative integer", value);
        }

        return DefinitionReader.Str(value) is { } text && AslTimestamp.TryParse(text, out var ts)
            ? ts
            : throw Failure(state, "Timestamp", "an RFC 3339 timestamp string", value);
    }

    private static StatesException Failure(WaitState state, string field, string expected, JsonNode? value) =>
        new(StatesErrors.QueryEvaluationError, $"The {field} field must evaluate to {expected}, but was: {value?.ToJsonString() ?? "null"}");
}
