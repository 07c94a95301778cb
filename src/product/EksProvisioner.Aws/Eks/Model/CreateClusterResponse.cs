namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS CreateCluster (botocore model eks 2017-11-01).</summary>
public sealed record CreateClusterResponse
{
    public Cluster? Cluster { get; init; }
}
