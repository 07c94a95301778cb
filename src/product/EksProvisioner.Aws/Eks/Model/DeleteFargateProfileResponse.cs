namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DeleteFargateProfile (botocore model eks 2017-11-01).</summary>
public sealed record DeleteFargateProfileResponse
{
    public FargateProfile? FargateProfile { get; init; }
}
