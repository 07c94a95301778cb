namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The input of ELBv2 DeleteLoadBalancer (botocore model elbv2 2015-12-01).</summary>
public sealed record DeleteLoadBalancerRequest
{
    public string? LoadBalancerArn { get; init; }
}
