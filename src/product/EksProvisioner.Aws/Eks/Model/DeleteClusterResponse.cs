namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DeleteCluster (botocore model eks 2017-11-01).</summary>
public sealed record DeleteClusterResponse
{
    public Cluster? Cluster { get; init; }
}
