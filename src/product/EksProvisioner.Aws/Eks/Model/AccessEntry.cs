namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>AccessEntry</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record AccessEntry
{
    public string? ClusterName { get; init; }

    public string? PrincipalArn { get; init; }

    public IReadOnlyList<string>? KubernetesGroups { get; init; }

    public string? AccessEntryArn { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public string? Username { get; init; }

    public string? Type { get; init; }
}
