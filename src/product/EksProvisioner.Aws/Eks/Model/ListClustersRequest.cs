using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS ListClusters (botocore model eks 2017-11-01).</summary>
public sealed record ListClustersRequest
{
    [AwsLocation(AwsMemberLocation.QueryString, "maxResults")]
    public int? MaxResults { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "nextToken")]
    public string? NextToken { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "include")]
    public IReadOnlyList<string>? Include { get; init; }
}
