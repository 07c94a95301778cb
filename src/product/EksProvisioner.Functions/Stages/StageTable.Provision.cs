using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

public static partial class StageTable
{
    // Properties, not fields: the partial files' static fields would initialise in no set order.
    private static string[] ClusterRole => ["cluster"];
    private static string[] NodeRoles => ["node", "fargate"];

    // Routes and associations change our route tables and subnets, which EC2 authorizes as existing resources.
    private static Allow RoutesOnTaggedTables =>
        Allow.Ec2(["route-table", "subnet"], "ec2:CreateRoute", "ec2:AssociateRouteTable").IfParentTagged();

    /// <summary>The stages of provision-environment.asl.json.</summary>
    private static Stage[] Provision() =>
    [
        Stage.Of<ValidateRequestInput, ValidatedRequest>(
            "ValidateRequest",
            c => new ValidateRequest(c.TimeProvider, c.Region, c.Eks, c.Ec2, c.Names, c.Guardrails).RunAsync,
            Allow.Eks("eks:DescribeCluster"),
            Allow.Any("ec2:DescribeVpcs")),
        Stage.Of<StageInput, RoleInfo>(
            "CreateClusterRole",
            c => new CreateClusterRole(c.Iam, c.Names, c.Settings.PermissionsBoundaryArn).RunAsync,
            Allow.Roles(ClusterRole, "iam:CreateRole").IfRequestTagged().IfBoundary(),
            Allow.Roles(ClusterRole, "iam:TagRole").IfRequestTagged(),
            Allow.Roles(ClusterRole, "iam:AttachRolePolicy").IfPolicy("AmazonEKSClusterPolicy").IfResourceTagged(),
            Allow.Roles(ClusterRole, "iam:GetRole", "iam:ListRoleTags")),
        Stage.Of<StageInput, NodeRolesInfo>(
            "CreateNodeRoles",
            c => new CreateNodeRoles(c.Iam, c.Names, c.Settings.PermissionsBoundaryArn).RunAsync,
            Allow.Roles(NodeRoles, "iam:CreateRole").IfRequestTagged().IfBoundary(),
            Allow.Roles(NodeRoles, "iam:TagRole").IfRequestTagged(),
            Allow.Roles(NodeRoles, "iam:AttachRolePolicy")
                .IfPolicy("AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly", "AmazonEKSFargatePodExecutionRolePolicy")
                .IfResourceTagged(),
            Allow.Roles(NodeRoles, "iam:GetRole", "iam:ListRoleTags")),
        Stage.Of<StageInput, NetworkState>(
            "CreateNetwork",
            c => new CreateNetwork(c.Ec2, c.TimeProvider, c.Names).RunAsync,
            Allow.Any(
                "ec2:DescribeAvailabilityZones", "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeInternetGateways",
                "ec2:DescribeRouteTables", "ec2:DescribeNatGateways", "ec2:DescribeAddresses", "ec2:DescribeSecurityGroups"),
            Allow.Ec2(
                ["vpc", "subnet", "internet-gateway", "route-table", "security-group", "elastic-ip", "natgateway"],
                "ec2:CreateVpc", "ec2:CreateSubnet", "ec2:CreateInternetGateway", "ec2:CreateRouteTable",
                "ec2:CreateSecurityGroup", "ec2:AllocateAddress", "ec2:CreateNatGateway").IfRequestTagged(),
            Allow.Ec2(["vpc"], "ec2:CreateSubnet", "ec2:CreateRouteTable", "ec2:CreateSecurityGroup").IfParentTagged(),
            Allow.Ec2(["vpc", "internet-gateway"], "ec2:AttachInternetGateway").IfParentTagged(),
            Allow.Ec2(["subnet", "elastic-ip"], "ec2:CreateNatGateway").IfParentTagged(),
            RoutesOnTaggedTables,
            Allow.Ec2("ec2:CreateTags").IfCreateAction(
                "CreateVpc", "CreateSubnet", "CreateInternetGateway", "CreateRouteTable", "CreateSecurityGroup", "AllocateAddress", "CreateNatGateway"),
            Allow.Ec2(["vpc", "subnet"], "ec2:ModifyVpcAttribute", "ec2:ModifySubnetAttribute").IfResourceTagged()),
        Stage.Of<CheckNetworkInput, NetworkState>(
            "CheckNetwork",
            c => new CheckNetwork(c.Ec2, c.TimeProvider, c.Names).RunAsync,
            Allow.Any("ec2:DescribeNatGateways", "ec2:DescribeRouteTables"),
            Allow.Ec2(["route-table"], "ec2:CreateRouteTable").IfRequestTagged(),
            Allow.Ec2(["vpc"], "ec2:CreateRouteTable").IfParentTagged(),
            Allow.Ec2("ec2:CreateTags").IfCreateAction("CreateRouteTable"),
            RoutesOnTaggedTables),
        Stage.Of<ClusterStageInput, ClusterInfo>(
            "CreateCluster",
            c => new CreateCluster(c.Eks, c.TimeProvider, c.Names).RunAsync,
            Allow.Any("eks:CreateCluster").IfRequestTagged(),
            Allow.Eks("eks:TagResource").IfRequestTagged(),
            Allow.Eks("eks:DescribeCluster"),
            Allow.PassRole("cluster", "eks.amazonaws.com"),
            Allow.ServiceLinkedRole("eks.amazonaws.com")),
        Stage.Of<CheckClusterInput, ClusterInfo>("CheckCluster", c => new CheckCluster(c.Eks, c.TimeProvider).RunAsync, Allow.Eks("eks:DescribeCluster")),
        Stage.Of<NodegroupInput, WaitedResource>(
            "CreateNodegroup",
            c => new CreateNodegroup(c.Eks, c.TimeProvider).RunAsync,
            Allow.Eks("eks:CreateNodegroup", "eks:TagResource").IfRequestTagged(),
            Allow.Eks("eks:DescribeNodegroup"),
            Allow.PassRole("node", "eks.amazonaws.com", "ec2.amazonaws.com"),
            Allow.ServiceLinkedRole("eks-nodegroup.amazonaws.com")),
        Stage.Of<CheckWaitedInput, WaitedResource>("CheckNodegroup", c => new CheckNodegroup(c.Eks, c.TimeProvider).RunAsync, Allow.Eks("eks:DescribeNodegroup")),
        Stage.Of<FargateProfileInput, WaitedResource>(
            "CreateFargateProfile",
            c => new CreateFargateProfile(c.Eks, c.TimeProvider).RunAsync,
            Allow.Eks("eks:CreateFargateProfile", "eks:TagResource").IfRequestTagged(),
            Allow.Eks("eks:DescribeFargateProfile"),
            Allow.PassRole("fargate", "eks.amazonaws.com", "eks-fargate-pods.amazonaws.com"),
            Allow.ServiceLinkedRole("eks-fargate.amazonaws.com")),
        Stage.Of<CheckWaitedInput, WaitedResource>(
            "CheckFargateProfile", c => new CheckFargateProfile(c.Eks, c.TimeProvider).RunAsync, Allow.Eks("eks:DescribeFargateProfile")),
        Stage.Of<ClusterStageInput, AddonsInfo>(
            "CreateAddons",
            c => new CreateAddons(c.Eks, c.TimeProvider).RunAsync,
            Allow.Eks("eks:CreateAddon", "eks:TagResource").IfRequestTagged(),
            Allow.Eks("eks:DescribeAddon")),
        Stage.Of<CheckAddonsInput, AddonsInfo>("CheckAddons", c => new CheckAddons(c.Eks, c.TimeProvider).RunAsync, Allow.Eks("eks:DescribeAddon")),
        Stage.Of<ClusterStageInput, AccessEntriesInfo>(
            "CreateAccessEntries",
            c => new CreateAccessEntries(c.Eks).RunAsync,
            Allow.Eks("eks:CreateAccessEntry", "eks:TagResource").IfRequestTagged(),
            Allow.Eks("eks:AssociateAccessPolicy").IfResourceTagged()),
        Stage.Of<BuildOutputInput, EnvironmentOutput>("BuildOutput", c => new BuildOutput(c.TimeProvider, c.Names).RunAsync),
    ];
}
