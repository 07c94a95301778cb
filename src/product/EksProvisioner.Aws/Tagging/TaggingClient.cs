using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The Resource Groups Tagging client over our SigV4 invoker (see <see cref="TaggingOperations"/> for the wire shapes).</summary>
internal sealed class TaggingClient(AwsServiceInvoker invoker) : ITaggingClient
{
    public Task<GetResourcesResponse> GetResourcesAsync(GetResourcesRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<GetResourcesResponse>(TaggingOperations.GetResources, request, cancellationToken);
}
