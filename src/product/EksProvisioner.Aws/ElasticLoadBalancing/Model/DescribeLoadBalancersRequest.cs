namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The input of ELBv2 DescribeLoadBalancers (botocore model elbv2 2015-12-01).</summary>
public sealed record DescribeLoadBalancersRequest
{
    public IReadOnlyList<string>? LoadBalancerArns { get; init; }

    public IReadOnlyList<string>? Names { get; init; }

    public string? Marker { get; init; }

    public int? PageSize { get; init; }
}
