namespace EksProvisioner.Core.Network;

/// <summary>An availability zone as DescribeAvailabilityZones reports it.</summary>
/// <param name="Name">Account-specific name, such as us-east-1a.</param>
/// <param name="ZoneId">Account-independent id, such as use1-az1.</param>
public sealed record AvailabilityZone(string Name, string ZoneId);
