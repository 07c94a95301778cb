using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS DeleteNodegroup (botocore model eks 2017-11-01).</summary>
public sealed record DeleteNodegroupRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "nodegroupName")]
    public string? NodegroupName { get; init; }
}
