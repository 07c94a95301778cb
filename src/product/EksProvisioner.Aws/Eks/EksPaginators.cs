namespace EksProvisioner.Aws.Eks;

/// <summary>Follows nextToken through the paged EKS list operations.</summary>
public static class EksPaginators
{
    public static IAsyncEnumerable<string> ListAllClustersAsync(this IEksClient client, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((token, ct) => client.ListClustersAsync(new ListClustersRequest { NextToken = token }, ct), page => page.Clusters, page => page.NextToken, cancellationToken);

    public static IAsyncEnumerable<string> ListAllNodegroupsAsync(this IEksClient client, string clusterName, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((token, ct) => client.ListNodegroupsAsync(new ListNodegroupsRequest { ClusterName = clusterName, NextToken = token }, ct), page => page.Nodegroups, page => page.NextToken, cancellationToken);

    public static IAsyncEnumerable<string> ListAllFargateProfilesAsync(this IEksClient client, string clusterName, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((token, ct) => client.ListFargateProfilesAsync(new ListFargateProfilesRequest { ClusterName = clusterName, NextToken = token }, ct), page => page.FargateProfileNames, page => page.NextToken, cancellationToken);

    public static IAsyncEnumerable<string> ListAllAddonsAsync(this IEksClient client, string clusterName, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((token, ct) => client.ListAddonsAsync(new ListAddonsRequest { ClusterName = clusterName, NextToken = token }, ct), page => page.Addons, page => page.NextToken, cancellationToken);
}
