namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>NodegroupHealth</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record NodegroupHealth
{
    public IReadOnlyList<Issue>? Issues { get; init; }
}
