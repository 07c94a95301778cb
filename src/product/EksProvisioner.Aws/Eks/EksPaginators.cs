using System.Runtime.CompilerServices;

namespace EksProvisioner.Aws.Eks;

/// <summary>Follows nextToken through the paged EKS list operations.</summary>
public static class EksPaginators
{
    public static async IAsyncEnumerable<string> ListAllClustersAsync(this IEksClient client, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? token = null;
        do
        {
            var page = await client.ListClustersAsync(new ListClustersRequest { NextToken = token }, cancellationToken);
            foreach (var name in page.Clusters ?? [])
            {
                yield return name;
            }

            token = Paging.Next(token, page.NextToken);
        }
        while (token is not null);
    }

    public static async IAsyncEnumerable<string> ListAllNodegroupsAsync(this IEksClient client, string clusterName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? token = null;
        do
        {
            var page = await client.ListNodegroupsAsync(new ListNodegroupsRequest { ClusterName = clusterName, NextToken = token }, cancellationToken);
            foreach (var name in page.Nodegroups ?? [])
            {
                yield return name;
            }

            token = Paging.Next(token, page.NextToken);
        }
        while (token is not null);
    }

    public static async IAsyncEnumerable<string> ListAllFargateProfilesAsync(this IEksClient client, string clusterName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? token = null;
        do
        {
            var page = await client.ListFargateProfilesAsync(new ListFargateProfilesRequest { ClusterName = clusterName, NextToken = token }, cancellationToken);
            foreach (var name in page.FargateProfileNames ?? [])
            {
                yield return name;
            }

            token = Paging.Next(token, page.NextToken);
        }
        while (token is not null);
    }

    public static async IAsyncEnumerable<string> ListAllAddonsAsync(this IEksClient client, string clusterName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? token = null;
        do
        {
            var page = await client.ListAddonsAsync(new ListAddonsRequest { ClusterName = clusterName, NextToken = token }, cancellationToken);
            foreach (var name in page.Addons ?? [])
            {
                yield return name;
            }

            token = Paging.Next(token, page.NextToken);
        }
        while (token is not null);
    }
}
