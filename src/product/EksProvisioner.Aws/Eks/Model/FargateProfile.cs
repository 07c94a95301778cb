namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>FargateProfile</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record FargateProfile
{
    public string? FargateProfileName { get; init; }

    public string? FargateProfileArn { get; init; }

    public string? ClusterName { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? PodExecutionRoleArn { get; init; }

    public IReadOnlyList<string>? Subnets { get; init; }

    public IReadOnlyList<FargateProfileSelector>? Selectors { get; init; }

    public string? Status { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public FargateProfileHealth? Health { get; init; }
}
