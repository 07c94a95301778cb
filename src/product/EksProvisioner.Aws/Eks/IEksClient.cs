namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS API: one method per operation of <see cref="EksOperations"/>, grouped by resource (see <see cref="IAwsServiceClient"/>).</summary>
public interface IEksClient : IAwsServiceClient
{
    // Clusters.
    Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateClusterResponse>(EksOperations.CreateCluster, request, cancellationToken);
    Task<DescribeClusterResponse> DescribeClusterAsync(DescribeClusterRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeClusterResponse>(EksOperations.DescribeCluster, request, cancellationToken);
    Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteClusterResponse>(EksOperations.DeleteCluster, request, cancellationToken);
    Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default) => SendAsync<ListClustersResponse>(EksOperations.ListClusters, request, cancellationToken);

    Task<UpdateClusterVersionResponse> UpdateClusterVersionAsync(UpdateClusterVersionRequest request, CancellationToken cancellationToken = default) => SendAsync<UpdateClusterVersionResponse>(EksOperations.UpdateClusterVersion, request, cancellationToken);
    Task<DescribeUpdateResponse> DescribeUpdateAsync(DescribeUpdateRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeUpdateResponse>(EksOperations.DescribeUpdate, request, cancellationToken);
    Task<ListUpdatesResponse> ListUpdatesAsync(ListUpdatesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListUpdatesResponse>(EksOperations.ListUpdates, request, cancellationToken);
    // Managed node groups.
    Task<CreateNodegroupResponse> CreateNodegroupAsync(CreateNodegroupRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateNodegroupResponse>(EksOperations.CreateNodegroup, request, cancellationToken);
    Task<DescribeNodegroupResponse> DescribeNodegroupAsync(DescribeNodegroupRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeNodegroupResponse>(EksOperations.DescribeNodegroup, request, cancellationToken);
    Task<DeleteNodegroupResponse> DeleteNodegroupAsync(DeleteNodegroupRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteNodegroupResponse>(EksOperations.DeleteNodegroup, request, cancellationToken);
    Task<ListNodegroupsResponse> ListNodegroupsAsync(ListNodegroupsRequest request, CancellationToken cancellationToken = default) => SendAsync<ListNodegroupsResponse>(EksOperations.ListNodegroups, request, cancellationToken);
    Task<UpdateNodegroupConfigResponse> UpdateNodegroupConfigAsync(UpdateNodegroupConfigRequest request, CancellationToken cancellationToken = default) => SendAsync<UpdateNodegroupConfigResponse>(EksOperations.UpdateNodegroupConfig, request, cancellationToken);

    Task<UpdateNodegroupVersionResponse> UpdateNodegroupVersionAsync(UpdateNodegroupVersionRequest request, CancellationToken cancellationToken = default) => SendAsync<UpdateNodegroupVersionResponse>(EksOperations.UpdateNodegroupVersion, request, cancellationToken);
    // Fargate profiles.
    Task<CreateFargateProfileResponse> CreateFargateProfileAsync(CreateFargateProfileRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateFargateProfileResponse>(EksOperations.CreateFargateProfile, request, cancellationToken);
    Task<DescribeFargateProfileResponse> DescribeFargateProfileAsync(DescribeFargateProfileRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeFargateProfileResponse>(EksOperations.DescribeFargateProfile, request, cancellationToken);
    Task<DeleteFargateProfileResponse> DeleteFargateProfileAsync(DeleteFargateProfileRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteFargateProfileResponse>(EksOperations.DeleteFargateProfile, request, cancellationToken);
    Task<ListFargateProfilesResponse> ListFargateProfilesAsync(ListFargateProfilesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListFargateProfilesResponse>(EksOperations.ListFargateProfiles, request, cancellationToken);

    // Add-ons.
    Task<CreateAddonResponse> CreateAddonAsync(CreateAddonRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateAddonResponse>(EksOperations.CreateAddon, request, cancellationToken);
    Task<DescribeAddonResponse> DescribeAddonAsync(DescribeAddonRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeAddonResponse>(EksOperations.DescribeAddon, request, cancellationToken);
    Task<DeleteAddonResponse> DeleteAddonAsync(DeleteAddonRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteAddonResponse>(EksOperations.DeleteAddon, request, cancellationToken);
    Task<ListAddonsResponse> ListAddonsAsync(ListAddonsRequest request, CancellationToken cancellationToken = default) => SendAsync<ListAddonsResponse>(EksOperations.ListAddons, request, cancellationToken);

    Task<UpdateAddonResponse> UpdateAddonAsync(UpdateAddonRequest request, CancellationToken cancellationToken = default) => SendAsync<UpdateAddonResponse>(EksOperations.UpdateAddon, request, cancellationToken);
    // Access entries and their policies.
    Task<CreateAccessEntryResponse> CreateAccessEntryAsync(CreateAccessEntryRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateAccessEntryResponse>(EksOperations.CreateAccessEntry, request, cancellationToken);
    Task<DescribeAccessEntryResponse> DescribeAccessEntryAsync(DescribeAccessEntryRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeAccessEntryResponse>(EksOperations.DescribeAccessEntry, request, cancellationToken);
    Task<DeleteAccessEntryResponse> DeleteAccessEntryAsync(DeleteAccessEntryRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteAccessEntryResponse>(EksOperations.DeleteAccessEntry, request, cancellationToken);
    Task<ListAccessEntriesResponse> ListAccessEntriesAsync(ListAccessEntriesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListAccessEntriesResponse>(EksOperations.ListAccessEntries, request, cancellationToken);
    Task<AssociateAccessPolicyResponse> AssociateAccessPolicyAsync(AssociateAccessPolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<AssociateAccessPolicyResponse>(EksOperations.AssociateAccessPolicy, request, cancellationToken);

    // Tags of any EKS resource.
    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => SendAsync<TagResourceResponse>(EksOperations.TagResource, request, cancellationToken);
    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => SendAsync<ListTagsForResourceResponse>(EksOperations.ListTagsForResource, request, cancellationToken);
    Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => SendAsync<UntagResourceResponse>(EksOperations.UntagResource, request, cancellationToken);
}
