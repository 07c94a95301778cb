namespace EksProvisioner.Triggers.Events;

/// <summary>An envelope read: the event, or every problem with it (and what could be told of it for the log).</summary>
internal sealed record EnvelopeRead(string? Id, string? DetailType, EnvironmentEvent? Event, IReadOnlyList<string> Problems);
