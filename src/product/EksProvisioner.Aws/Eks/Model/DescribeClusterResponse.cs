namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DescribeCluster (botocore model eks 2017-11-01).</summary>
public sealed record DescribeClusterResponse
{
    public Cluster? Cluster { get; init; }
}
