namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS CreateNodegroup (botocore model eks 2017-11-01).</summary>
public sealed record CreateNodegroupResponse
{
    public Nodegroup? Nodegroup { get; init; }
}
