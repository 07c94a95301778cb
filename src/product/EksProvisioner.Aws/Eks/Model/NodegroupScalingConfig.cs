namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>NodegroupScalingConfig</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record NodegroupScalingConfig
{
    public int? MinSize { get; init; }

    public int? MaxSize { get; init; }

    public int? DesiredSize { get; init; }
}
