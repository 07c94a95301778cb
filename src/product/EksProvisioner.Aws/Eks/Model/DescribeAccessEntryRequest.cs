using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS DescribeAccessEntry (botocore model eks 2017-11-01).</summary>
public sealed record DescribeAccessEntryRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "principalArn")]
    public string? PrincipalArn { get; init; }
}
