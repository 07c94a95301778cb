namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The input of ELBv2 CreateTargetGroup (botocore model elbv2 2015-12-01).</summary>
public sealed record CreateTargetGroupRequest
{
    public string? Name { get; init; }

    public string? Protocol { get; init; }

    public int? Port { get; init; }

    public string? VpcId { get; init; }

    public string? TargetType { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
