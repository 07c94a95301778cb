using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.Api;

/// <summary>
/// A history event in the wire shape: <c>{timestamp, type, id, previousEventId, xxxEventDetails}</c>, where the details
/// key is <c>stateEnteredEventDetails</c>/<c>stateExitedEventDetails</c> for every state type and the type name with a
/// lower-case first letter otherwise.
/// </summary>
internal static class HistoryJson
{
    private static readonly HashSet<string> DataFields = ["input", "output", "parameters"];

    public static JsonObject ToWire(HistoryEvent e, bool includeData)
    {
        var json = new JsonObject
        {
            ["timestamp"] = Timestamps.Epoch(e.Timestamp),
            ["type"] = e.Type,
            ["id"] = e.Id,
            ["previousEventId"] = e.PreviousEventId,
        };
        if (e.Details is not null)
        {
            var details = e.Details.DeepClone().AsObject();
            if (!includeData)
            {
                foreach (var field in DataFields.Where(details.ContainsKey))
                {
                    details.Remove(field);
                }
            }

            json[DetailsKey(e.Type)] = details;
        }

        return json;
    }

    public static string DetailsKey(string type) =>
        type.EndsWith("StateEntered", StringComparison.Ordinal) ? "stateEnteredEventDetails"
        : type.EndsWith("StateExited", StringComparison.Ordinal) ? "stateExitedEventDetails"
        : char.ToLowerInvariant(type[0]) + type[1..] + "EventDetails";
}
