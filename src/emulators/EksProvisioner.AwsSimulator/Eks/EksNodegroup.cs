using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>A simulated managed node group (persisted as JSON).</summary>
internal sealed class EksNodegroup
{
    public required string Name { get; set; }

    public required string Arn { get; set; }

    public required string ClusterName { get; set; }

    public required string Version { get; set; }

    public required string NodeRole { get; set; }

    public required Lifecycle Life { get; set; }

    public DateTimeOffset ModifiedAt { get; set; }

    public List<string> Subnets { get; set; } = [];

    public List<string> InstanceTypes { get; set; } = ["t3.medium"];

    public string AmiType { get; set; } = "AL2023_x86_64_STANDARD";

    public string CapacityType { get; set; } = "ON_DEMAND";

    public int DiskSize { get; set; } = 20;

    public int MinSize { get; set; } = 1;

    public int MaxSize { get; set; } = 2;

    public int DesiredSize { get; set; } = 2;

    public JsonNode? Labels { get; set; }

    public JsonNode? Taints { get; set; }

    public JsonNode? UpdateConfig { get; set; }

    public string? ClientRequestToken { get; set; }

    public Dictionary<string, string> Tags { get; set; } = new(StringComparer.Ordinal);
}
