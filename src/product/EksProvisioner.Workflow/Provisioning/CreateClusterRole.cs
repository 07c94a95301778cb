using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>Stage CreateClusterRole: the role the EKS control plane assumes, with AmazonEKSClusterPolicy.</summary>
public sealed class CreateClusterRole(IIamClient iam, NameScope scope, string? permissionsBoundaryArn = null)
{
    /// <summary>Managed policies of the cluster role.</summary>
    public static IReadOnlyList<string> Policies { get; } = ["AmazonEKSClusterPolicy"];

    public Task<RoleInfo> RunAsync(StageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RoleMaker.EnsureAsync(
            iam, input.Environment, scope.For(input.Environment.Name).ClusterRole, "eks.amazonaws.com", Policies, permissionsBoundaryArn, cancellationToken);
    }
}
