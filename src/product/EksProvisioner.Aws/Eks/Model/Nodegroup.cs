namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Nodegroup</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Nodegroup
{
    public string? NodegroupName { get; init; }

    public string? NodegroupArn { get; init; }

    public string? ClusterName { get; init; }

    public string? Version { get; init; }

    public string? ReleaseVersion { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    public string? Status { get; init; }

    public string? CapacityType { get; init; }

    public NodegroupScalingConfig? ScalingConfig { get; init; }

    public IReadOnlyList<string>? InstanceTypes { get; init; }

    public IReadOnlyList<string>? Subnets { get; init; }

    public RemoteAccessConfig? RemoteAccess { get; init; }

    public string? AmiType { get; init; }

    public string? NodeRole { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public IReadOnlyList<Taint>? Taints { get; init; }

    public NodegroupResources? Resources { get; init; }

    public int? DiskSize { get; init; }

    public NodegroupHealth? Health { get; init; }

    public NodegroupUpdateConfig? UpdateConfig { get; init; }

    public LaunchTemplateSpecification? LaunchTemplate { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
