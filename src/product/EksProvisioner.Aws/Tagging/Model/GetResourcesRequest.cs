using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The input of GetResources (botocore model resourcegroupstaggingapi 2017-01-26). The model's names are PascalCase on the wire.</summary>
public sealed record GetResourcesRequest
{
    [JsonPropertyName("PaginationToken")]
    public string? PaginationToken { get; init; }

    /// <summary>Resources must match every filter; a filter without values matches any value of its key.</summary>
    [JsonPropertyName("TagFilters")]
    public IReadOnlyList<TagFilter>? TagFilters { get; init; }

    /// <summary>1 to 100.</summary>
    [JsonPropertyName("ResourcesPerPage")]
    public int? ResourcesPerPage { get; init; }

    [JsonPropertyName("TagsPerPage")]
    public int? TagsPerPage { get; init; }

    /// <summary>service[:resourceType], such as ec2:vpc or eks.</summary>
    [JsonPropertyName("ResourceTypeFilters")]
    public IReadOnlyList<string>? ResourceTypeFilters { get; init; }

    [JsonPropertyName("IncludeComplianceDetails")]
    public bool? IncludeComplianceDetails { get; init; }

    [JsonPropertyName("ExcludeCompliantResources")]
    public bool? ExcludeCompliantResources { get; init; }

    [JsonPropertyName("ResourceARNList")]
    public IReadOnlyList<string>? ResourceArnList { get; init; }
}
