namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS ListFargateProfiles (botocore model eks 2017-11-01).</summary>
public sealed record ListFargateProfilesResponse
{
    public IReadOnlyList<string>? FargateProfileNames { get; init; }

    public string? NextToken { get; init; }
}
