namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS DeleteNodegroup (botocore model eks 2017-11-01).</summary>
public sealed record DeleteNodegroupResponse
{
    public Nodegroup? Nodegroup { get; init; }
}
