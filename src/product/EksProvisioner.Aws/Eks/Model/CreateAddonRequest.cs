using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS CreateAddon (botocore model eks 2017-11-01).</summary>
public sealed record CreateAddonRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    public string? AddonName { get; init; }

    public string? AddonVersion { get; init; }

    public string? ServiceAccountRoleArn { get; init; }

    public string? ResolveConflicts { get; init; }

    public string? ClientRequestToken { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public string? ConfigurationValues { get; init; }

    public IReadOnlyList<AddonPodIdentityAssociations>? PodIdentityAssociations { get; init; }
}
