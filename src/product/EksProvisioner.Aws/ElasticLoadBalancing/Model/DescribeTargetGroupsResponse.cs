namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The output of ELBv2 DescribeTargetGroups (botocore model elbv2 2015-12-01).</summary>
public sealed record DescribeTargetGroupsResponse
{
    public IReadOnlyList<TargetGroup>? TargetGroups { get; init; }

    public string? NextMarker { get; init; }
}
