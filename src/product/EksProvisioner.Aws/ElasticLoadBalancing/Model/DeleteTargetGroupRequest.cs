namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The input of ELBv2 DeleteTargetGroup (botocore model elbv2 2015-12-01).</summary>
public sealed record DeleteTargetGroupRequest
{
    public string? TargetGroupArn { get; init; }
}
