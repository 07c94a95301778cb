namespace EksProvisioner.Aws.Tagging;

/// <summary>Follows PaginationToken through GetResources.</summary>
public static class TaggingPaginators
{
    /// <summary>Every resource matching <paramref name="request"/> (its PaginationToken is ignored).</summary>
    public static IAsyncEnumerable<ResourceTagMapping> GetAllResourcesAsync(this ITaggingClient client, GetResourcesRequest request, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((token, ct) => client.GetResourcesAsync(request with { PaginationToken = token }, ct), page => page.ResourceTagMappingList, page => page.PaginationToken, cancellationToken);
}
