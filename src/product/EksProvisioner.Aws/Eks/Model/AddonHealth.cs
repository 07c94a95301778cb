namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>AddonHealth</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record AddonHealth
{
    public IReadOnlyList<AddonIssue>? Issues { get; init; }
}
