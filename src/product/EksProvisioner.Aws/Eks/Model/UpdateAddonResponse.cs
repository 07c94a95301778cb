namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS UpdateAddon (botocore model eks 2017-11-01).</summary>
public sealed record UpdateAddonResponse
{
    public Update? Update { get; init; }
}
