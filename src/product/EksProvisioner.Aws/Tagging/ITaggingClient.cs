namespace EksProvisioner.Aws.Tagging;

/// <summary>
/// The AWS Resource Groups Tagging API, shaped like the AWS SDK for .NET: one async method per
/// operation, request and response records with the model's member names. Errors surface as the Core
/// error taxonomy. Only GetResources is needed: it finds resources of many services by tag in one call.
/// One method per operation of <see cref="TaggingOperations"/>, which alone says how it travels.
/// </summary>
public interface ITaggingClient : IAwsServiceClient
{
    Task<GetResourcesResponse> GetResourcesAsync(GetResourcesRequest request, CancellationToken cancellationToken = default) => SendAsync<GetResourcesResponse>(TaggingOperations.GetResources, request, cancellationToken);
}
