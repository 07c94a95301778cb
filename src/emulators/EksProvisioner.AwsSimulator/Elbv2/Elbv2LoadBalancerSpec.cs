namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>What a CreateLoadBalancer asks for; <see cref="ServiceKey"/> and <see cref="ClusterName"/> are set when Kubernetes asks.</summary>
internal sealed record Elbv2LoadBalancerSpec(
    string Name,
    string Type,
    string Scheme,
    IReadOnlyList<string> Subnets,
    IReadOnlyList<string> SecurityGroups,
    IReadOnlyDictionary<string, string> Tags,
    string? ServiceKey = null,
    string? ClusterName = null);
