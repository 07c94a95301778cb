namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>Every load balancer and target group of the account, by ARN (the ARN names the region).</summary>
internal sealed class Elbv2State
{
    public SortedDictionary<string, Elbv2LoadBalancer> LoadBalancers { get; set; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, Elbv2TargetGroup> TargetGroups { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Counts creates, so ids derived by hashing stay unique and reproducible.</summary>
    public long Sequence { get; set; }
}
