using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>A simulated access entry and its associated access policies (persisted as JSON).</summary>
internal sealed class EksAccessEntry
{
    public required string PrincipalArn { get; set; }

    public required string Arn { get; set; }

    public required string ClusterName { get; set; }

    public required string Username { get; set; }

    public string Type { get; set; } = "STANDARD";

    public List<string> KubernetesGroups { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ModifiedAt { get; set; }

    public Dictionary<string, string> Tags { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Associated policies by policy ARN: accessScope plus associatedAt/modifiedAt.</summary>
    public SortedDictionary<string, JsonObject> Policies { get; set; } = new(StringComparer.Ordinal);
}
