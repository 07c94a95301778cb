namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The output of ELBv2 CreateLoadBalancer (botocore model elbv2 2015-12-01).</summary>
public sealed record CreateLoadBalancerResponse
{
    public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }
}
