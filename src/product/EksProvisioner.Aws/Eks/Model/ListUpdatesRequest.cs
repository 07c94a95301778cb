using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS ListUpdates (botocore model eks 2017-11-01).</summary>
public sealed record ListUpdatesRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? Name { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "nodegroupName")]
    public string? NodegroupName { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "addonName")]
    public string? AddonName { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "nextToken")]
    public string? NextToken { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "maxResults")]
    public int? MaxResults { get; init; }
}
