namespace EksProvisioner.AwsSimulator.Tagging;

/// <summary>One page of GetResources: the resources and the token of the next page ("" on the last, as AWS sends it).</summary>
internal sealed record ResourcePage(IReadOnlyList<TaggedResource> Resources, string PaginationToken, bool IncludeComplianceDetails);
