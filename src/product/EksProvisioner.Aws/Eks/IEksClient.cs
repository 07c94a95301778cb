namespace EksProvisioner.Aws.Eks;

/// <summary>
/// The EKS API, shaped like the AWS SDK for .NET: one async method per operation, request and
/// response records with the model's member names. Errors surface as the Core error taxonomy.
/// </summary>
public interface IEksClient
{
    /// <summary>EKS CreateCluster (POST /clusters).</summary>
    Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DescribeCluster (GET /clusters/{name}).</summary>
    Task<DescribeClusterResponse> DescribeClusterAsync(DescribeClusterRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DeleteCluster (DELETE /clusters/{name}).</summary>
    Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS ListClusters (GET /clusters).</summary>
    Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS CreateNodegroup (POST /clusters/{name}/node-groups).</summary>
    Task<CreateNodegroupResponse> CreateNodegroupAsync(CreateNodegroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DescribeNodegroup (GET /clusters/{name}/node-groups/{nodegroupName}).</summary>
    Task<DescribeNodegroupResponse> DescribeNodegroupAsync(DescribeNodegroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DeleteNodegroup (DELETE /clusters/{name}/node-groups/{nodegroupName}).</summary>
    Task<DeleteNodegroupResponse> DeleteNodegroupAsync(DeleteNodegroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS ListNodegroups (GET /clusters/{name}/node-groups).</summary>
    Task<ListNodegroupsResponse> ListNodegroupsAsync(ListNodegroupsRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS UpdateNodegroupConfig (POST /clusters/{name}/node-groups/{nodegroupName}/update-config).</summary>
    Task<UpdateNodegroupConfigResponse> UpdateNodegroupConfigAsync(UpdateNodegroupConfigRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS CreateFargateProfile (POST /clusters/{name}/fargate-profiles).</summary>
    Task<CreateFargateProfileResponse> CreateFargateProfileAsync(CreateFargateProfileRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DescribeFargateProfile (GET /clusters/{name}/fargate-profiles/{fargateProfileName}).</summary>
    Task<DescribeFargateProfileResponse> DescribeFargateProfileAsync(DescribeFargateProfileRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DeleteFargateProfile (DELETE /clusters/{name}/fargate-profiles/{fargateProfileName}).</summary>
    Task<DeleteFargateProfileResponse> DeleteFargateProfileAsync(DeleteFargateProfileRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS ListFargateProfiles (GET /clusters/{name}/fargate-profiles).</summary>
    Task<ListFargateProfilesResponse> ListFargateProfilesAsync(ListFargateProfilesRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS CreateAddon (POST /clusters/{name}/addons).</summary>
    Task<CreateAddonResponse> CreateAddonAsync(CreateAddonRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DescribeAddon (GET /clusters/{name}/addons/{addonName}).</summary>
    Task<DescribeAddonResponse> DescribeAddonAsync(DescribeAddonRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DeleteAddon (DELETE /clusters/{name}/addons/{addonName}).</summary>
    Task<DeleteAddonResponse> DeleteAddonAsync(DeleteAddonRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS ListAddons (GET /clusters/{name}/addons).</summary>
    Task<ListAddonsResponse> ListAddonsAsync(ListAddonsRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS CreateAccessEntry (POST /clusters/{name}/access-entries).</summary>
    Task<CreateAccessEntryResponse> CreateAccessEntryAsync(CreateAccessEntryRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS DeleteAccessEntry (DELETE /clusters/{name}/access-entries/{principalArn}).</summary>
    Task<DeleteAccessEntryResponse> DeleteAccessEntryAsync(DeleteAccessEntryRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS AssociateAccessPolicy (POST /clusters/{name}/access-entries/{principalArn}/access-policies).</summary>
    Task<AssociateAccessPolicyResponse> AssociateAccessPolicyAsync(AssociateAccessPolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS TagResource (POST /tags/{resourceArn}).</summary>
    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>EKS ListTagsForResource (GET /tags/{resourceArn}).</summary>
    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);
}
