namespace EksProvisioner.Core.Contract;

/// <summary>Who gets cluster-admin access (each principal gets an access entry with AmazonEKSClusterAdminPolicy).</summary>
/// <param name="AdminPrincipalArns">IAM role or user ARNs.</param>
public sealed record AccessSpec(IReadOnlyList<string> AdminPrincipalArns);
