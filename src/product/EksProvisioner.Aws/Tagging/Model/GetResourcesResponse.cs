using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The output of GetResources (botocore model resourcegroupstaggingapi 2017-01-26).</summary>
public sealed record GetResourcesResponse
{
    /// <summary>Empty or absent on the last page.</summary>
    [JsonPropertyName("PaginationToken")]
    public string? PaginationToken { get; init; }

    [JsonPropertyName("ResourceTagMappingList")]
    public IReadOnlyList<ResourceTagMapping>? ResourceTagMappingList { get; init; }
}
