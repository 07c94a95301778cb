namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS AssociateAccessPolicy (botocore model eks 2017-11-01).</summary>
public sealed record AssociateAccessPolicyResponse
{
    public string? ClusterName { get; init; }

    public string? PrincipalArn { get; init; }

    public AssociatedAccessPolicy? AssociatedAccessPolicy { get; init; }
}
