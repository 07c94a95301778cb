using System.Text.Json.Nodes;

namespace EksProvisioner.Triggers.Events;

/// <summary>An event's envelope as read: what it asks for, when, and its detail (not yet validated).</summary>
/// <param name="Time">The event's <c>time</c> (or the schedule's scheduled time): the same on every redelivery.</param>
internal sealed record EnvironmentEvent(string? Id, string DetailType, DateTimeOffset Time, JsonObject Detail);
