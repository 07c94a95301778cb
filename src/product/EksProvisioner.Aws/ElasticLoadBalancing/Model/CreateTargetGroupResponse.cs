namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The output of ELBv2 CreateTargetGroup (botocore model elbv2 2015-12-01).</summary>
public sealed record CreateTargetGroupResponse
{
    public IReadOnlyList<TargetGroup>? TargetGroups { get; init; }
}
