namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DescribeAddon (botocore model eks 2017-11-01).</summary>
public sealed record DescribeAddonResponse
{
    public Addon? Addon { get; init; }
}
