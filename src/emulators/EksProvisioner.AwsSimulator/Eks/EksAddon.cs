namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>A simulated EKS add-on (persisted as JSON).</summary>
internal sealed class EksAddon
{
    public required string Name { get; set; }

    public required string Arn { get; set; }

    public required string ClusterName { get; set; }

    public required string Version { get; set; }

    public required Lifecycle Life { get; set; }

    public string? ServiceAccountRoleArn { get; set; }

    public string? ConfigurationValues { get; set; }

    public Dictionary<string, string> Tags { get; set; } = new(StringComparer.Ordinal);
}
