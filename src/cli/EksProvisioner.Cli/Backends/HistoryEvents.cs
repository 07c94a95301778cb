using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EksProvisioner.Aws.StepFunctions;

namespace EksProvisioner.Cli.Backends;

/// <summary>Execution history as both modes show and keep it: one JSON shape, one line format.</summary>
internal static class HistoryEvents
{
    /// <summary>
    /// camelCase, nulls left out: the shape GetExecutionHistory answers on the wire. Written as plain UTF-8
    /// (quotes inside a Cause stay quotes, not \u0022): this is output for people and jq, never embedded in HTML.
    /// </summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static int StateTransitions(IEnumerable<HistoryEvent> events) => events.Count(IsStateEntered);

    public static bool IsStateEntered(HistoryEvent e) => e.Type?.EndsWith("StateEntered", StringComparison.Ordinal) == true;

    /// <summary>One line per event: id, time, type, and the state name or error it concerns.</summary>
    public static string Line(HistoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var what = e.StateEnteredEventDetails?.Name
            ?? e.StateExitedEventDetails?.Name
            ?? e.ExecutionFailedEventDetails?.Error
            ?? e.TaskFailedEventDetails?.Error
            ?? e.LambdaFunctionFailedEventDetails?.Error
            ?? "";
        var at = e.Timestamp?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
        return string.Create(CultureInfo.InvariantCulture, $"{e.Id,4} {at,-20} {e.Type,-28} {what}");
    }
}
