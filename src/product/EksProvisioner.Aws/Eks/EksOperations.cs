using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS operations we call, as the botocore model eks 2017-11-01 describes them.</summary>
public static class EksOperations
{
    /// <summary>The model's apiVersion.</summary>
    public const string ApiVersion = "2017-11-01";

    public static AwsOperation CreateCluster { get; } = new(AwsServiceIds.Eks, "CreateCluster", "POST", "/clusters", AwsProtocol.RestJson, typeof(CreateClusterRequest), typeof(CreateClusterResponse));

    public static AwsOperation DescribeCluster { get; } = new(AwsServiceIds.Eks, "DescribeCluster", "GET", "/clusters/{name}", AwsProtocol.RestJson, typeof(DescribeClusterRequest), typeof(DescribeClusterResponse));

    public static AwsOperation DeleteCluster { get; } = new(AwsServiceIds.Eks, "DeleteCluster", "DELETE", "/clusters/{name}", AwsProtocol.RestJson, typeof(DeleteClusterRequest), typeof(DeleteClusterResponse));

    public static AwsOperation ListClusters { get; } = new(AwsServiceIds.Eks, "ListClusters", "GET", "/clusters", AwsProtocol.RestJson, typeof(ListClustersRequest), typeof(ListClustersResponse));

    public static AwsOperation CreateNodegroup { get; } = new(AwsServiceIds.Eks, "CreateNodegroup", "POST", "/clusters/{name}/node-groups", AwsProtocol.RestJson, typeof(CreateNodegroupRequest), typeof(CreateNodegroupResponse));

    public static AwsOperation DescribeNodegroup { get; } = new(AwsServiceIds.Eks, "DescribeNodegroup", "GET", "/clusters/{name}/node-groups/{nodegroupName}", AwsProtocol.RestJson, typeof(DescribeNodegroupRequest), typeof(DescribeNodegroupResponse));

    public static AwsOperation DeleteNodegroup { get; } = new(AwsServiceIds.Eks, "DeleteNodegroup", "DELETE", "/clusters/{name}/node-groups/{nodegroupName}", AwsProtocol.RestJson, typeof(DeleteNodegroupRequest), typeof(DeleteNodegroupResponse));

    public static AwsOperation ListNodegroups { get; } = new(AwsServiceIds.Eks, "ListNodegroups", "GET", "/clusters/{name}/node-groups", AwsProtocol.RestJson, typeof(ListNodegroupsRequest), typeof(ListNodegroupsResponse));

    public static AwsOperation UpdateNodegroupConfig { get; } = new(AwsServiceIds.Eks, "UpdateNodegroupConfig", "POST", "/clusters/{name}/node-groups/{nodegroupName}/update-config", AwsProtocol.RestJson, typeof(UpdateNodegroupConfigRequest), typeof(UpdateNodegroupConfigResponse));

    public static AwsOperation CreateFargateProfile { get; } = new(AwsServiceIds.Eks, "CreateFargateProfile", "POST", "/clusters/{name}/fargate-profiles", AwsProtocol.RestJson, typeof(CreateFargateProfileRequest), typeof(CreateFargateProfileResponse));

    public static AwsOperation DescribeFargateProfile { get; } = new(AwsServiceIds.Eks, "DescribeFargateProfile", "GET", "/clusters/{name}/fargate-profiles/{fargateProfileName}", AwsProtocol.RestJson, typeof(DescribeFargateProfileRequest), typeof(DescribeFargateProfileResponse));

    public static AwsOperation DeleteFargateProfile { get; } = new(AwsServiceIds.Eks, "DeleteFargateProfile", "DELETE", "/clusters/{name}/fargate-profiles/{fargateProfileName}", AwsProtocol.RestJson, typeof(DeleteFargateProfileRequest), typeof(DeleteFargateProfileResponse));

    public static AwsOperation ListFargateProfiles { get; } = new(AwsServiceIds.Eks, "ListFargateProfiles", "GET", "/clusters/{name}/fargate-profiles", AwsProtocol.RestJson, typeof(ListFargateProfilesRequest), typeof(ListFargateProfilesResponse));

    public static AwsOperation CreateAddon { get; } = new(AwsServiceIds.Eks, "CreateAddon", "POST", "/clusters/{name}/addons", AwsProtocol.RestJson, typeof(CreateAddonRequest), typeof(CreateAddonResponse));

    public static AwsOperation DescribeAddon { get; } = new(AwsServiceIds.Eks, "DescribeAddon", "GET", "/clusters/{name}/addons/{addonName}", AwsProtocol.RestJson, typeof(DescribeAddonRequest), typeof(DescribeAddonResponse));

    public static AwsOperation DeleteAddon { get; } = new(AwsServiceIds.Eks, "DeleteAddon", "DELETE", "/clusters/{name}/addons/{addonName}", AwsProtocol.RestJson, typeof(DeleteAddonRequest), typeof(DeleteAddonResponse));

    public static AwsOperation ListAddons { get; } = new(AwsServiceIds.Eks, "ListAddons", "GET", "/clusters/{name}/addons", AwsProtocol.RestJson, typeof(ListAddonsRequest), typeof(ListAddonsResponse));

    public static AwsOperation CreateAccessEntry { get; } = new(AwsServiceIds.Eks, "CreateAccessEntry", "POST", "/clusters/{name}/access-entries", AwsProtocol.RestJson, typeof(CreateAccessEntryRequest), typeof(CreateAccessEntryResponse));

    public static AwsOperation DeleteAccessEntry { get; } = new(AwsServiceIds.Eks, "DeleteAccessEntry", "DELETE", "/clusters/{name}/access-entries/{principalArn}", AwsProtocol.RestJson, typeof(DeleteAccessEntryRequest), typeof(DeleteAccessEntryResponse));

    public static AwsOperation AssociateAccessPolicy { get; } = new(AwsServiceIds.Eks, "AssociateAccessPolicy", "POST", "/clusters/{name}/access-entries/{principalArn}/access-policies", AwsProtocol.RestJson, typeof(AssociateAccessPolicyRequest), typeof(AssociateAccessPolicyResponse));

    public static AwsOperation TagResource { get; } = new(AwsServiceIds.Eks, "TagResource", "POST", "/tags/{resourceArn}", AwsProtocol.RestJson, typeof(TagResourceRequest), typeof(TagResourceResponse));

    public static AwsOperation ListTagsForResource { get; } = new(AwsServiceIds.Eks, "ListTagsForResource", "GET", "/tags/{resourceArn}", AwsProtocol.RestJson, typeof(ListTagsForResourceRequest), typeof(ListTagsForResourceResponse));

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All { get; } =
    [
        CreateCluster,
        DescribeCluster,
        DeleteCluster,
        ListClusters,
        CreateNodegroup,
        DescribeNodegroup,
        DeleteNodegroup,
        ListNodegroups,
        UpdateNodegroupConfig,
        CreateFargateProfile,
        DescribeFargateProfile,
        DeleteFargateProfile,
        ListFargateProfiles,
        CreateAddon,
        DescribeAddon,
        DeleteAddon,
        ListAddons,
        CreateAccessEntry,
        DeleteAccessEntry,
        AssociateAccessPolicy,
        TagResource,
        ListTagsForResource,
    ];
}
