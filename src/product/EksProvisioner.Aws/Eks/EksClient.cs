using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS client over our SigV4 invoker (see <see cref="EksOperations"/> for the wire shapes).</summary>
internal sealed class EksClient(AwsServiceInvoker invoker) : IEksClient
{
    public Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<CreateClusterResponse>(EksOperations.CreateCluster, request, cancellationToken);

    public Task<DescribeClusterResponse> DescribeClusterAsync(DescribeClusterRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DescribeClusterResponse>(EksOperations.DescribeCluster, request, cancellationToken);

    public Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DeleteClusterResponse>(EksOperations.DeleteCluster, request, cancellationToken);

    public Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListClustersResponse>(EksOperations.ListClusters, request, cancellationToken);

    public Task<CreateNodegroupResponse> CreateNodegroupAsync(CreateNodegroupRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<CreateNodegroupResponse>(EksOperations.CreateNodegroup, request, cancellationToken);

    public Task<DescribeNodegroupResponse> DescribeNodegroupAsync(DescribeNodegroupRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DescribeNodegroupResponse>(EksOperations.DescribeNodegroup, request, cancellationToken);

    public Task<DeleteNodegroupResponse> DeleteNodegroupAsync(DeleteNodegroupRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DeleteNodegroupResponse>(EksOperations.DeleteNodegroup, request, cancellationToken);

    public Task<ListNodegroupsResponse> ListNodegroupsAsync(ListNodegroupsRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListNodegroupsResponse>(EksOperations.ListNodegroups, request, cancellationToken);

    public Task<UpdateNodegroupConfigResponse> UpdateNodegroupConfigAsync(UpdateNodegroupConfigRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<UpdateNodegroupConfigResponse>(EksOperations.UpdateNodegroupConfig, request, cancellationToken);

    public Task<CreateFargateProfileResponse> CreateFargateProfileAsync(CreateFargateProfileRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<CreateFargateProfileResponse>(EksOperations.CreateFargateProfile, request, cancellationToken);

    public Task<DescribeFargateProfileResponse> DescribeFargateProfileAsync(DescribeFargateProfileRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DescribeFargateProfileResponse>(EksOperations.DescribeFargateProfile, request, cancellationToken);

    public Task<DeleteFargateProfileResponse> DeleteFargateProfileAsync(DeleteFargateProfileRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DeleteFargateProfileResponse>(EksOperations.DeleteFargateProfile, request, cancellationToken);

    public Task<ListFargateProfilesResponse> ListFargateProfilesAsync(ListFargateProfilesRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListFargateProfilesResponse>(EksOperations.ListFargateProfiles, request, cancellationToken);

    public Task<CreateAddonResponse> CreateAddonAsync(CreateAddonRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<CreateAddonResponse>(EksOperations.CreateAddon, request, cancellationToken);

    public Task<DescribeAddonResponse> DescribeAddonAsync(DescribeAddonRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DescribeAddonResponse>(EksOperations.DescribeAddon, request, cancellationToken);

    public Task<DeleteAddonResponse> DeleteAddonAsync(DeleteAddonRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DeleteAddonResponse>(EksOperations.DeleteAddon, request, cancellationToken);

    public Task<ListAddonsResponse> ListAddonsAsync(ListAddonsRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListAddonsResponse>(EksOperations.ListAddons, request, cancellationToken);

    public Task<CreateAccessEntryResponse> CreateAccessEntryAsync(CreateAccessEntryRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<CreateAccessEntryResponse>(EksOperations.CreateAccessEntry, request, cancellationToken);

    public Task<DeleteAccessEntryResponse> DeleteAccessEntryAsync(DeleteAccessEntryRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DeleteAccessEntryResponse>(EksOperations.DeleteAccessEntry, request, cancellationToken);

    public Task<AssociateAccessPolicyResponse> AssociateAccessPolicyAsync(AssociateAccessPolicyRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<AssociateAccessPolicyResponse>(EksOperations.AssociateAccessPolicy, request, cancellationToken);

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<TagResourceResponse>(EksOperations.TagResource, request, cancellationToken);

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListTagsForResourceResponse>(EksOperations.ListTagsForResource, request, cancellationToken);
}
