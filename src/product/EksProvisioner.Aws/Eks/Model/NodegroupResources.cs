namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>NodegroupResources</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record NodegroupResources
{
    public IReadOnlyList<AutoScalingGroup>? AutoScalingGroups { get; init; }

    public string? RemoteAccessSecurityGroup { get; init; }
}
