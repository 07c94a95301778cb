namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Addon</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Addon
{
    public string? AddonName { get; init; }

    public string? ClusterName { get; init; }

    public string? Status { get; init; }

    public string? AddonVersion { get; init; }

    public AddonHealth? Health { get; init; }

    public string? AddonArn { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    public string? ServiceAccountRoleArn { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public string? Publisher { get; init; }

    public string? Owner { get; init; }

    public string? ConfigurationValues { get; init; }

    public IReadOnlyList<string>? PodIdentityAssociations { get; init; }
}
