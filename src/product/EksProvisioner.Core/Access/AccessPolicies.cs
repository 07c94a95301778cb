namespace EksProvisioner.Core.Access;

/// <summary>The EKS access policies the environments grant, by the names AWS gives them.</summary>
public static class AccessPolicies
{
    public const string ClusterAdmin = "AmazonEKSClusterAdminPolicy";
}
