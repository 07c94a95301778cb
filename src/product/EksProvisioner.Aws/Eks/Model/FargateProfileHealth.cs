namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>FargateProfileHealth</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record FargateProfileHealth
{
    public IReadOnlyList<FargateProfileIssue>? Issues { get; init; }
}
