using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS DescribeAddon (botocore model eks 2017-11-01).</summary>
public sealed record DescribeAddonRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "addonName")]
    public string? AddonName { get; init; }
}
