namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DescribeAccessEntry (botocore model eks 2017-11-01).</summary>
public sealed record DescribeAccessEntryResponse
{
    public AccessEntry? AccessEntry { get; init; }
}
