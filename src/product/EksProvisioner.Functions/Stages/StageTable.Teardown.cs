using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

public static partial class StageTable
{
    // Properties, not fields: the partial files' static fields would initialise in no set order.
    private static string[] AllRoles => ["cluster", "node", "fargate"];

    /// <summary>The stages of teardown-environment.asl.json.</summary>
    private static Stage[] Teardown() =>
    [
        Stage.Of<TeardownInput, PhaseResult>(
            "DeleteLoadBalancers",
            c => new DeleteLoadBalancers(c.Eks, c.Elbv2, c.Kubernetes, c.Names).RunAsync,
            Allow.Eks("eks:DescribeCluster"),
            Allow.Any("elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTags"),
            Allow.LoadBalancers("elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:DeleteTargetGroup")),
        Stage.Of<TeardownInput, PhaseResult>(
            "DeleteAccessAndAddons",
            c => new DeleteClusterChildren(c.Eks, ClusterChild.Addons, c.Names).RunAsync,
            Allow.Eks("eks:DescribeCluster", "eks:ListAddons", "eks:DescribeAddon"),
            Allow.Eks("eks:DeleteAddon").IfResourceTagged()),
        Stage.Of<TeardownInput, PhaseResult>(
            "DeleteFargateProfiles",
            c => new DeleteFargateProfiles(c.Eks, c.Names).RunAsync,
            Allow.Eks("eks:DescribeCluster", "eks:ListFargateProfiles", "eks:DescribeFargateProfile"),
            Allow.Eks("eks:DeleteFargateProfile").IfResourceTagged()),
        Stage.Of<TeardownInput, PhaseResult>(
            "DeleteNodegroups",
            c => new DeleteClusterChildren(c.Eks, ClusterChild.Nodegroups, c.Names).RunAsync,
            Allow.Eks("eks:DescribeCluster", "eks:ListNodegroups", "eks:DescribeNodegroup"),
            Allow.Eks("eks:DeleteNodegroup").IfResourceTagged()),
        Stage.Of<TeardownInput, PhaseResult>(
            "DeleteCluster",
            c => new DeleteCluster(c.Eks, c.Names).RunAsync,
            Allow.Eks("eks:DescribeCluster"),
            Allow.Eks("eks:DeleteCluster").IfResourceTagged()),
        Stage.Of<TeardownInput, PhaseResult>(
            "DeleteNatGateways",
            c => new DeleteNatGateways(c.Ec2).RunAsync,
            Allow.Any("ec2:DescribeVpcs", "ec2:DescribeNatGateways", "ec2:DescribeNetworkInterfaces"),
            Allow.Ec2("ec2:DeleteNatGateway").IfResourceTagged(),
            Allow.Ec2("ec2:DeleteNetworkInterface")),
        Stage.Of<TeardownInput, PhaseResult>(
            "DeleteNetwork",
            c => new DeleteNetwork(c.Ec2).RunAsync,
            Allow.Any(
                "ec2:DescribeAddresses", "ec2:DescribeInternetGateways", "ec2:DescribeVpcs", "ec2:DescribeNetworkInterfaces",
                "ec2:DescribeSubnets", "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups"),
            Allow.Ec2(
                "ec2:ReleaseAddress", "ec2:DetachInternetGateway", "ec2:DeleteInternetGateway", "ec2:DeleteSubnet",
                "ec2:DisassociateRouteTable", "ec2:DeleteRouteTable", "ec2:DeleteVpc").IfResourceTagged(),
            Allow.Ec2("ec2:DeleteSecurityGroup", "ec2:DeleteNetworkInterface")),
        Stage.Of<TeardownInput, PhaseResult>(
            "DeleteRoles",
            c => new DeleteRoles(c.Iam, c.Names).RunAsync,
            Allow.Roles(AllRoles, "iam:ListRoleTags", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies"),
            Allow.Roles(AllRoles, "iam:DetachRolePolicy", "iam:DeleteRolePolicy", "iam:DeleteRole").IfResourceTagged()),
        Stage.Of<VerifyTeardownInput, TeardownResult>(
            "VerifyTeardown",
            c => new VerifyTeardown(c.Eks, c.Iam, c.Ec2, c.Names).RunAsync,
            Allow.Any(
                "ec2:DescribeNatGateways", "ec2:DescribeAddresses", "ec2:DescribeInternetGateways", "ec2:DescribeSubnets",
                "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups", "ec2:DescribeVpcs"),
            Allow.Eks("eks:DescribeCluster"),
            Allow.Roles(AllRoles, "iam:ListRoleTags")),
    ];
}
