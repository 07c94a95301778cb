using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CreateNodeRoles: the node instance role (worker, CNI and ECR read policies) and, when the
/// request has Fargate profiles, the Fargate pod execution role.
/// </summary>
public sealed class CreateNodeRoles(IIamClient iam)
{
    public static IReadOnlyList<string> NodePolicies { get; } =
        ["AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly"];

    public static IReadOnlyList<string> FargatePolicies { get; } = ["AmazonEKSFargatePodExecutionRolePolicy"];

    public async Task<NodeRolesInfo> RunAsync(StageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var node = await RoleMaker.EnsureAsync(
            iam, environment, ResourceNames.NodeRole(environment.Name), "ec2.amazonaws.com", NodePolicies, cancellationToken);
        RoleInfo? fargate = null;
        if (input.Request.FargateProfiles.Count > 0)
        {
            fargate = await RoleMaker.EnsureAsync(
                iam, environment, ResourceNames.FargatePodExecutionRole(environment.Name), "eks-fargate-pods.amazonaws.com", FargatePolicies, cancellationToken);
        }

        return new NodeRolesInfo(node, fargate);
    }
}
