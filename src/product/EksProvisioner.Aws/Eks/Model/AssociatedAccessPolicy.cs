namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>AssociatedAccessPolicy</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record AssociatedAccessPolicy
{
    public string? PolicyArn { get; init; }

    public AccessScope? AccessScope { get; init; }

    public DateTimeOffset? AssociatedAt { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }
}
