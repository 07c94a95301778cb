using EksProvisioner.Aws.Protocol;
using EksProvisioner.Aws.Tagging;

namespace EksProvisioner.Triggers.Tests.Fakes;

/// <summary>
/// Stands for the Resource Groups Tagging API of one region: GetResources answers the resources a test
/// added, filtered by tag key/values as AWS does, <see cref="PageSize"/> a page with an opaque token, and
/// records every request.
/// </summary>
internal sealed class FakeTagging : ITaggingClient
{
    /// <summary>Only the typed methods below stand for the Tagging API; any other operation is not faked.</summary>
    public Task<TResponse> SendAsync<TResponse>(AwsOperation operation, object request, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{operation.Name} is not faked.");

    private readonly List<ResourceTagMapping> _resources = [];

    public List<GetResourcesRequest> Requests { get; } = [];

    public int PageSize { get; set; } = 100;

    /// <summary>Adds a resource with these tags.</summary>
    public FakeTagging Add(string arn, params (string Key, string Value)[] tags)
    {
        _resources.Add(new ResourceTagMapping { ResourceArn = arn, Tags = [.. tags.Select(t => new Tag { Key = t.Key, Value = t.Value })] });
        return this;
    }

    /// <summary>Adds a VPC of <paramref name="environment"/> expiring at <paramref name="expiresAt"/> (a tag value, verbatim).</summary>
    public FakeTagging Vpc(string environment, string expiresAt) =>
        Add($"arn:aws:ec2:us-east-1:123456789012:vpc/vpc-{_resources.Count:x8}", ("eksprov:environment", environment), ("eksprov:expires-at", expiresAt));

    public Task<GetResourcesResponse> GetResourcesAsync(GetResourcesRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        var matching = _resources.Where(r => (request.TagFilters ?? []).All(f =>
            r.Tags!.Any(t => t.Key == f.Key && (f.Values is null || f.Values.Count == 0 || f.Values.Contains(t.Value))))).ToList();
        var offset = string.IsNullOrEmpty(request.PaginationToken) ? 0 : int.Parse(request.PaginationToken[5..], System.Globalization.CultureInfo.InvariantCulture);
        var next = offset + PageSize < matching.Count ? "page-" + (offset + PageSize) : "";
        return Task.FromResult(new GetResourcesResponse { ResourceTagMappingList = [.. matching.Skip(offset).Take(PageSize)], PaginationToken = next });
    }
}
