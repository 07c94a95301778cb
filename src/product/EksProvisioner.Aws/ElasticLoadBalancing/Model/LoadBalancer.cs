namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The ELBv2 <c>LoadBalancer</c> shape (botocore model elbv2 2015-12-01).</summary>
public sealed record LoadBalancer
{
    public string? LoadBalancerArn { get; init; }

    public string? DNSName { get; init; }

    public string? CanonicalHostedZoneId { get; init; }

    public DateTimeOffset? CreatedTime { get; init; }

    public string? LoadBalancerName { get; init; }

    public string? Scheme { get; init; }

    public string? VpcId { get; init; }

    public LoadBalancerState? State { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<AvailabilityZone>? AvailabilityZones { get; init; }

    public IReadOnlyList<string>? SecurityGroups { get; init; }

    public string? IpAddressType { get; init; }
}
