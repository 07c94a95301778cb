using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS UpdateAddon (botocore model eks 2017-11-01).</summary>
public sealed record UpdateAddonRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "addonName")]
    public string? AddonName { get; init; }

    public string? AddonVersion { get; init; }

    public string? ServiceAccountRoleArn { get; init; }

    public string? ResolveConflicts { get; init; }

    public string? ClientRequestToken { get; init; }

    public string? ConfigurationValues { get; init; }
}
