namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>NodegroupUpdateConfig</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record NodegroupUpdateConfig
{
    public int? MaxUnavailable { get; init; }

    public int? MaxUnavailablePercentage { get; init; }
}
