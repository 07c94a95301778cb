using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CreateNodeRoles: the node instance role (worker, CNI and ECR read policies) and, when the
/// request has Fargate profiles, the Fargate pod execution role.
/// </summary>
public sealed class CreateNodeRoles(IIamClient iam, NameScope scope, string? permissionsBoundaryArn = null)
{
    public static IReadOnlyList<string> NodePolicies { get; } =
        ["AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly"];

    public static IReadOnlyList<string> FargatePolicies { get; } = ["AmazonEKSFargatePodExecutionRolePolicy"];

    public async Task<NodeRolesInfo> RunAsync(StageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var names = scope.For(environment.Name);
        var node = await RoleMaker.EnsureAsync(
            iam, environment, names.NodeRole, "ec2.amazonaws.com", NodePolicies, permissionsBoundaryArn, cancellationToken);
        RoleInfo? fargate = null;
        if (input.Request.FargateProfiles.Count > 0)
        {
            fargate = await RoleMaker.EnsureAsync(
                iam, environment, names.FargatePodExecutionRole, "eks-fargate-pods.amazonaws.com", FargatePolicies, permissionsBoundaryArn, cancellationToken);
        }

        return new NodeRolesInfo(node, fargate);
    }
}
