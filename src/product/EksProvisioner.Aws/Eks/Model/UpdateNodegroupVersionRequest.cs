using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS UpdateNodegroupVersion (botocore model eks 2017-11-01).</summary>
public sealed record UpdateNodegroupVersionRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "nodegroupName")]
    public string? NodegroupName { get; init; }

    public string? Version { get; init; }

    public string? ReleaseVersion { get; init; }

    public LaunchTemplateSpecification? LaunchTemplate { get; init; }

    public bool? Force { get; init; }

    public string? ClientRequestToken { get; init; }
}
