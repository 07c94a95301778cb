namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS UpdateNodegroupVersion (botocore model eks 2017-11-01).</summary>
public sealed record UpdateNodegroupVersionResponse
{
    public Update? Update { get; init; }
}
