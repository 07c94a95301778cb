using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS CreateFargateProfile (botocore model eks 2017-11-01).</summary>
public sealed record CreateFargateProfileRequest
{
    public string? FargateProfileName { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    public string? PodExecutionRoleArn { get; init; }

    public IReadOnlyList<string>? Subnets { get; init; }

    public IReadOnlyList<FargateProfileSelector>? Selectors { get; init; }

    public string? ClientRequestToken { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
