using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>One execution history event; <see cref="Details"/> goes under the type's details key on the wire.</summary>
internal sealed record HistoryEvent(long Id, long PreviousEventId, DateTimeOffset Timestamp, string Type, JsonObject? Details);
