namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DescribeFargateProfile (botocore model eks 2017-11-01).</summary>
public sealed record DescribeFargateProfileResponse
{
    public FargateProfile? FargateProfile { get; init; }
}
