namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The input of ELBv2 CreateLoadBalancer (botocore model elbv2 2015-12-01).</summary>
public sealed record CreateLoadBalancerRequest
{
    public string? Name { get; init; }

    public IReadOnlyList<string>? Subnets { get; init; }

    public IReadOnlyList<string>? SecurityGroups { get; init; }

    public string? Scheme { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public string? Type { get; init; }

    public string? IpAddressType { get; init; }
}
