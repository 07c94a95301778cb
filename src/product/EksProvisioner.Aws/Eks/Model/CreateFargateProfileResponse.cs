namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS CreateFargateProfile (botocore model eks 2017-11-01).</summary>
public sealed record CreateFargateProfileResponse
{
    public FargateProfile? FargateProfile { get; init; }
}
