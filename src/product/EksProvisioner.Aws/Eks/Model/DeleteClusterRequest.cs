using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS DeleteCluster (botocore model eks 2017-11-01).</summary>
public sealed record DeleteClusterRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? Name { get; init; }
}
