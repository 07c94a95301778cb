using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS CreateNodegroup (botocore model eks 2017-11-01).</summary>
public sealed record CreateNodegroupRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    public string? NodegroupName { get; init; }

    public NodegroupScalingConfig? ScalingConfig { get; init; }

    public int? DiskSize { get; init; }

    public IReadOnlyList<string>? Subnets { get; init; }

    public IReadOnlyList<string>? InstanceTypes { get; init; }

    public string? AmiType { get; init; }

    public RemoteAccessConfig? RemoteAccess { get; init; }

    public string? NodeRole { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public IReadOnlyList<Taint>? Taints { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public string? ClientRequestToken { get; init; }

    public LaunchTemplateSpecification? LaunchTemplate { get; init; }

    public NodegroupUpdateConfig? UpdateConfig { get; init; }

    public string? CapacityType { get; init; }

    public string? Version { get; init; }

    public string? ReleaseVersion { get; init; }
}
