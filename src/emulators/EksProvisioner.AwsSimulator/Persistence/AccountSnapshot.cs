using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Persistence;

/// <summary>The persisted account: the clock and each service's state by signing name.</summary>
internal sealed record AccountSnapshot(DateTimeOffset Clock, IReadOnlyDictionary<string, JsonNode> Services);
