using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>A simulated Fargate profile (persisted as JSON).</summary>
internal sealed class EksFargateProfile
{
    public required string Name { get; set; }

    public required string Arn { get; set; }

    public required string ClusterName { get; set; }

    public required string PodExecutionRoleArn { get; set; }

    public required Lifecycle Life { get; set; }

    public List<string> Subnets { get; set; } = [];

    public JsonNode? Selectors { get; set; }

    public Dictionary<string, string> Tags { get; set; } = new(StringComparer.Ordinal);
}
