namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS UpdateClusterVersion (botocore model eks 2017-11-01).</summary>
public sealed record UpdateClusterVersionResponse
{
    public Update? Update { get; init; }
}
