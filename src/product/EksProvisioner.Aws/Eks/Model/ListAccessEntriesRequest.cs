using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS ListAccessEntries (botocore model eks 2017-11-01).</summary>
public sealed record ListAccessEntriesRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "associatedPolicyArn")]
    public string? AssociatedPolicyArn { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "maxResults")]
    public int? MaxResults { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "nextToken")]
    public string? NextToken { get; init; }
}
