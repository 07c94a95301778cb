namespace EksProvisioner.Aws.Tagging;

/// <summary>
/// The AWS Resource Groups Tagging API: one method per operation of <see cref="TaggingOperations"/> (see
/// <see cref="IAwsServiceClient"/>). Only GetResources is needed: it finds resources of many services by tag in one call.
/// </summary>
public interface ITaggingClient : IAwsServiceClient
{
    Task<GetResourcesResponse> GetResourcesAsync(GetResourcesRequest request, CancellationToken cancellationToken = default) => SendAsync<GetResourcesResponse>(TaggingOperations.GetResources, request, cancellationToken);
}
