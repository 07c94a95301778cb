using System.Text.Json.Serialization;

namespace EksProvisioner.Triggers.Events;

/// <summary>What one event resulted in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventOutcome>))]
public enum EventOutcome
{
    /// <summary>This event started the execution.</summary>
    Started,

    /// <summary>
    /// The execution existed already: a redelivery of the same event, the same ticket again, or (for a
    /// teardown) one that is still running. Nothing was started.
    /// </summary>
    AlreadyExisted,

    /// <summary>The event is malformed or its request invalid; nothing was started and retrying cannot help.</summary>
    Rejected,
}
