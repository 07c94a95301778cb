namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS CreateAddon (botocore model eks 2017-11-01).</summary>
public sealed record CreateAddonResponse
{
    public Addon? Addon { get; init; }
}
