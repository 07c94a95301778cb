using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS DescribeFargateProfile (botocore model eks 2017-11-01).</summary>
public sealed record DescribeFargateProfileRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "fargateProfileName")]
    public string? FargateProfileName { get; init; }
}
