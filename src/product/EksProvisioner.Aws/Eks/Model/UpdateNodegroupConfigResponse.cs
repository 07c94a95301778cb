namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS UpdateNodegroupConfig (botocore model eks 2017-11-01).</summary>
public sealed record UpdateNodegroupConfigResponse
{
    public Update? Update { get; init; }
}
