using System.Runtime.CompilerServices;

namespace EksProvisioner.Aws.Tagging;

/// <summary>Follows PaginationToken through GetResources.</summary>
public static class TaggingPaginators
{
    /// <summary>Every resource matching <paramref name="request"/> (its PaginationToken is ignored).</summary>
    public static async IAsyncEnumerable<ResourceTagMapping> GetAllResourcesAsync(this ITaggingClient client, GetResourcesRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        string? token = null;
        do
        {
            var page = await client.GetResourcesAsync(request with { PaginationToken = token }, cancellationToken);
            foreach (var item in page.ResourceTagMappingList ?? [])
            {
                yield return item;
            }

            token = Paging.Next(token, page.PaginationToken);
        }
        while (token is not null);
    }
}
