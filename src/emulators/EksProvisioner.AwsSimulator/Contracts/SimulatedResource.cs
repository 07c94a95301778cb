namespace EksProvisioner.AwsSimulator.Contracts;

/// <summary>A live resource as <c>GET /_simulator/resources</c> lists it.</summary>
public sealed record SimulatedResource(
    string Service,
    string Type,
    string Id,
    string State,
    IReadOnlyDictionary<string, string> Tags);
