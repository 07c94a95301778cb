namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DescribeUpdate (botocore model eks 2017-11-01).</summary>
public sealed record DescribeUpdateResponse
{
    public Update? Update { get; init; }
}
