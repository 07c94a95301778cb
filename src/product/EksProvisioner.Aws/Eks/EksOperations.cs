using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>
/// The EKS operations, as the botocore model eks 2017-11-01 describes them: <see cref="IEksClient"/>
/// sends with this table and the simulator routes with it. Some are here only for the simulator
/// (ListAccessEntries, DescribeAccessEntry, UntagResource: the aws CLI calls them).
/// </summary>
public static class EksOperations
{
    /// <summary>The model's apiVersion.</summary>
    public const string ApiVersion = "2017-11-01";

    // Declared first: the operations below add themselves to it as the class initializes.
    public static AwsOperationTable Table { get; } = new(AwsServiceIds.Eks, AwsProtocol.RestJson);

    public static AwsOperation CreateCluster { get; } = Table.Add<CreateClusterRequest, CreateClusterResponse>("POST", "/clusters");
    public static AwsOperation DescribeCluster { get; } = Table.Add<DescribeClusterRequest, DescribeClusterResponse>("GET", "/clusters/{name}");
    public static AwsOperation DeleteCluster { get; } = Table.Add<DeleteClusterRequest, DeleteClusterResponse>("DELETE", "/clusters/{name}");
    public static AwsOperation ListClusters { get; } = Table.Add<ListClustersRequest, ListClustersResponse>("GET", "/clusters");
    public static AwsOperation UpdateClusterVersion { get; } = Table.Add<UpdateClusterVersionRequest, UpdateClusterVersionResponse>("POST", "/clusters/{name}/updates");
    public static AwsOperation DescribeUpdate { get; } = Table.Add<DescribeUpdateRequest, DescribeUpdateResponse>("GET", "/clusters/{name}/updates/{updateId}");
    public static AwsOperation ListUpdates { get; } = Table.Add<ListUpdatesRequest, ListUpdatesResponse>("GET", "/clusters/{name}/updates");
    public static AwsOperation CreateNodegroup { get; } = Table.Add<CreateNodegroupRequest, CreateNodegroupResponse>("POST", "/clusters/{name}/node-groups");
    public static AwsOperation DescribeNodegroup { get; } = Table.Add<DescribeNodegroupRequest, DescribeNodegroupResponse>("GET", "/clusters/{name}/node-groups/{nodegroupName}");
    public static AwsOperation DeleteNodegroup { get; } = Table.Add<DeleteNodegroupRequest, DeleteNodegroupResponse>("DELETE", "/clusters/{name}/node-groups/{nodegroupName}");
    public static AwsOperation ListNodegroups { get; } = Table.Add<ListNodegroupsRequest, ListNodegroupsResponse>("GET", "/clusters/{name}/node-groups");
    public static AwsOperation UpdateNodegroupConfig { get; } = Table.Add<UpdateNodegroupConfigRequest, UpdateNodegroupConfigResponse>("POST", "/clusters/{name}/node-groups/{nodegroupName}/update-config");
    public static AwsOperation UpdateNodegroupVersion { get; } = Table.Add<UpdateNodegroupVersionRequest, UpdateNodegroupVersionResponse>("POST", "/clusters/{name}/node-groups/{nodegroupName}/update-version");
    public static AwsOperation CreateFargateProfile { get; } = Table.Add<CreateFargateProfileRequest, CreateFargateProfileResponse>("POST", "/clusters/{name}/fargate-profiles");
    public static AwsOperation DescribeFargateProfile { get; } = Table.Add<DescribeFargateProfileRequest, DescribeFargateProfileResponse>("GET", "/clusters/{name}/fargate-profiles/{fargateProfileName}");
    public static AwsOperation DeleteFargateProfile { get; } = Table.Add<DeleteFargateProfileRequest, DeleteFargateProfileResponse>("DELETE", "/clusters/{name}/fargate-profiles/{fargateProfileName}");
    public static AwsOperation ListFargateProfiles { get; } = Table.Add<ListFargateProfilesRequest, ListFargateProfilesResponse>("GET", "/clusters/{name}/fargate-profiles");
    public static AwsOperation CreateAddon { get; } = Table.Add<CreateAddonRequest, CreateAddonResponse>("POST", "/clusters/{name}/addons");
    public static AwsOperation DescribeAddon { get; } = Table.Add<DescribeAddonRequest, DescribeAddonResponse>("GET", "/clusters/{name}/addons/{addonName}");
    public static AwsOperation DeleteAddon { get; } = Table.Add<DeleteAddonRequest, DeleteAddonResponse>("DELETE", "/clusters/{name}/addons/{addonName}");
    public static AwsOperation ListAddons { get; } = Table.Add<ListAddonsRequest, ListAddonsResponse>("GET", "/clusters/{name}/addons");
    public static AwsOperation UpdateAddon { get; } = Table.Add<UpdateAddonRequest, UpdateAddonResponse>("POST", "/clusters/{name}/addons/{addonName}/update");
    public static AwsOperation CreateAccessEntry { get; } = Table.Add<CreateAccessEntryRequest, CreateAccessEntryResponse>("POST", "/clusters/{name}/access-entries");
    public static AwsOperation ListAccessEntries { get; } = Table.Add<ListAccessEntriesRequest, ListAccessEntriesResponse>("GET", "/clusters/{name}/access-entries");
    public static AwsOperation DescribeAccessEntry { get; } = Table.Add<DescribeAccessEntryRequest, DescribeAccessEntryResponse>("GET", "/clusters/{name}/access-entries/{principalArn}");
    public static AwsOperation DeleteAccessEntry { get; } = Table.Add<DeleteAccessEntryRequest, DeleteAccessEntryResponse>("DELETE", "/clusters/{name}/access-entries/{principalArn}");
    public static AwsOperation AssociateAccessPolicy { get; } = Table.Add<AssociateAccessPolicyRequest, AssociateAccessPolicyResponse>("POST", "/clusters/{name}/access-entries/{principalArn}/access-policies");
    public static AwsOperation TagResource { get; } = Table.Add<TagResourceRequest, TagResourceResponse>("POST", "/tags/{resourceArn}");
    public static AwsOperation ListTagsForResource { get; } = Table.Add<ListTagsForResourceRequest, ListTagsForResourceResponse>("GET", "/tags/{resourceArn}");
    public static AwsOperation UntagResource { get; } = Table.Add<UntagResourceRequest, UntagResourceResponse>("DELETE", "/tags/{resourceArn}");

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All => Table.All;
}
