namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS CreateAccessEntry (botocore model eks 2017-11-01).</summary>
public sealed record CreateAccessEntryResponse
{
    public AccessEntry? AccessEntry { get; init; }
}
