namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>ClusterHealth</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record ClusterHealth
{
    public IReadOnlyList<ClusterIssue>? Issues { get; init; }
}
