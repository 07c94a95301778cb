namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>AddonPodIdentityAssociations</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record AddonPodIdentityAssociations
{
    public string? ServiceAccount { get; init; }

    public string? RoleArn { get; init; }
}
