using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.Triggers.Events;

/// <summary>
/// Reads the EventBridge envelope (<c>id</c>, <c>detail-type</c>, <c>time</c>, <c>detail</c>) that the bus
/// rules deliver and the schedules imitate, reporting every problem at once.
/// </summary>
internal static class EnvironmentEventReader
{
    /// <summary>The scheduler keyword a schedule's input carries as its time; left as is when the input did not come from a schedule.</summary>
    public const string ScheduledTimeKeyword = "<aws.scheduler.scheduled-time>";

    /// <param name="time">The fallback for an event without a usable time: now, truncated to the minute.</param>
    public static EnvelopeRead Read(JsonNode? input, TimeProvider time)
    {
        if (input is not JsonObject root)
        {
            return new EnvelopeRead(null, null, null, ["$: the event is not a JSON object; expected an EventBridge event {\"detail-type\", \"time\", \"detail\"}"]);
        }

        var problems = new List<string>();
        var id = Text(root["id"]);
        var detailType = Text(root["detail-type"]);
        if (detailType is null)
        {
            problems.Add($"$.detail-type: required; one of {string.Join(", ", EventDetailTypes.All)}");
        }
        else if (!EventDetailTypes.All.Contains(detailType, StringComparer.Ordinal))
        {
            problems.Add($"$.detail-type: '{detailType}' is not handled; send {string.Join(" or ", EventDetailTypes.All)}");
        }

        var at = Time(root["time"], time, problems);
        var detail = root["detail"] as JsonObject;
        if (detail is null)
        {
            problems.Add("$.detail: required; a JSON object (the environment request, or {\"environmentName\", \"region\"} for a teardown)");
        }

        return problems.Count == 0
            ? new EnvelopeRead(id, detailType, new EnvironmentEvent(id, detailType!, at, detail!), [])
            : new EnvelopeRead(id, detailType, null, problems);
    }

    private static DateTimeOffset Time(JsonNode? node, TimeProvider time, List<string> problems)
    {
        var text = Text(node);
        if (node is null || text == ScheduledTimeKeyword)
        {
            // A hand-made invocation (a console test, a replay) has no time: minutes keep a double click to one execution.
            var now = time.GetUtcNow();
            return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        }

        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }

        problems.Add($"$.time: '{node.ToJsonString()}' is not a time; EventBridge sends ISO 8601, such as 2026-01-05T07:00:00Z");
        return default;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
