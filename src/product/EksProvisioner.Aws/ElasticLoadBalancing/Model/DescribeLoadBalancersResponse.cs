namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The output of ELBv2 DescribeLoadBalancers (botocore model elbv2 2015-12-01).</summary>
public sealed record DescribeLoadBalancersResponse
{
    public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }

    public string? NextMarker { get; init; }
}
