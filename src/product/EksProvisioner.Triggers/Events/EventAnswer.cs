namespace EksProvisioner.Triggers.Events;

/// <summary>The answer to one event: the function's result and the content of its log line.</summary>
/// <param name="Outcome">Started, already existed or rejected.</param>
/// <param name="DetailType">The event's detail-type, when it had one.</param>
/// <param name="EventId">The event's id, when it had one (null for a schedule's input).</param>
/// <param name="Environment">The environment the event is about, when known.</param>
/// <param name="ExecutionName">The execution started or found; null when rejected.</param>
/// <param name="ExecutionArn">Its ARN; null when rejected.</param>
/// <param name="Problems">Every problem found when rejected (JSON paths into the event); empty otherwise.</param>
public sealed record EventAnswer(
    EventOutcome Outcome,
    string? DetailType,
    string? EventId,
    string? Environment,
    string? ExecutionName,
    string? ExecutionArn,
    IReadOnlyList<string> Problems);
