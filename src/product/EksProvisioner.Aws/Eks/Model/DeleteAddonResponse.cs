namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DeleteAddon (botocore model eks 2017-11-01).</summary>
public sealed record DeleteAddonResponse
{
    public Addon? Addon { get; init; }
}
