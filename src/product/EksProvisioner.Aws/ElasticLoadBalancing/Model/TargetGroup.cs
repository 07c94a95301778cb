namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The ELBv2 <c>TargetGroup</c> shape (botocore model elbv2 2015-12-01).</summary>
public sealed record TargetGroup
{
    public string? TargetGroupArn { get; init; }

    public string? TargetGroupName { get; init; }

    public string? Protocol { get; init; }

    public int? Port { get; init; }

    public string? VpcId { get; init; }

    public IReadOnlyList<string>? LoadBalancerArns { get; init; }

    public string? TargetType { get; init; }
}
