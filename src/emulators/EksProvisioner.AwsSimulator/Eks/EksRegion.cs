namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>EKS state of one region (persisted as JSON).</summary>
internal sealed class EksRegion
{
    public SortedDictionary<string, EksCluster> Clusters { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, EksToken> Tokens { get; set; } = new(StringComparer.Ordinal);

    public long NextId { get; set; } = 1;
}
