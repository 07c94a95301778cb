using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS DescribeUpdate (botocore model eks 2017-11-01).</summary>
public sealed record DescribeUpdateRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? Name { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "updateId")]
    public string? UpdateId { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "nodegroupName")]
    public string? NodegroupName { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "addonName")]
    public string? AddonName { get; init; }
}
