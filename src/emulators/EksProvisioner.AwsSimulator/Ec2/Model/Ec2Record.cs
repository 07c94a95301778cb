namespace EksProvisioner.AwsSimulator.Ec2.Model;

/// <summary>What every EC2 resource has: an id, the region and account that own it, and tags.</summary>
internal abstract class Ec2Record
{
    public required string Id { get; init; }

    public required string Region { get; init; }

    public required string OwnerId { get; init; }

    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);
}
