namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>AutoScalingGroup</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record AutoScalingGroup
{
    public string? Name { get; init; }
}
