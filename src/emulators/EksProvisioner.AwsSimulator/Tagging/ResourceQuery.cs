namespace EksProvisioner.AwsSimulator.Tagging;

/// <summary>A GetResources request as the rules read it (the wire layer has already checked the JSON types).</summary>
internal sealed record ResourceQuery
{
    public IReadOnlyList<(string? Key, IReadOnlyList<string> Values)> TagFilters { get; init; } = [];

    public IReadOnlyList<string> ResourceTypeFilters { get; init; } = [];

    public IReadOnlyList<string>? ResourceArnList { get; init; }

    public int? ResourcesPerPage { get; init; }

    public int? TagsPerPage { get; init; }

    public string? PaginationToken { get; init; }

    public bool IncludeComplianceDetails { get; init; }

    public bool ExcludeCompliantResources { get; init; }
}
