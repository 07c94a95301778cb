namespace EksProvisioner.Aws.Tagging;

/// <summary>
/// The AWS Resource Groups Tagging API, shaped like the AWS SDK for .NET: one async method per
/// operation, request and response records with the model's member names. Errors surface as the Core
/// error taxonomy. Only GetResources is needed: it finds resources of many services by tag in one call.
/// </summary>
public interface ITaggingClient
{
    /// <summary>Resource Groups Tagging GetResources (POST /): the tagged resources of the region, one page.</summary>
    Task<GetResourcesResponse> GetResourcesAsync(GetResourcesRequest request, CancellationToken cancellationToken = default);
}
