namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The input of ELBv2 DescribeTargetGroups (botocore model elbv2 2015-12-01).</summary>
public sealed record DescribeTargetGroupsRequest
{
    public string? LoadBalancerArn { get; init; }

    public IReadOnlyList<string>? TargetGroupArns { get; init; }

    public IReadOnlyList<string>? Names { get; init; }

    public string? Marker { get; init; }

    public int? PageSize { get; init; }
}
