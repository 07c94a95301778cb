namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DescribeNodegroup (botocore model eks 2017-11-01).</summary>
public sealed record DescribeNodegroupResponse
{
    public Nodegroup? Nodegroup { get; init; }
}
