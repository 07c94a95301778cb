namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The ELBv2 <c>LoadBalancerState</c> shape: Code is provisioning, active, active_impaired or failed (botocore model elbv2 2015-12-01).</summary>
public sealed record LoadBalancerState
{
    public string? Code { get; init; }

    public string? Reason { get; init; }
}
