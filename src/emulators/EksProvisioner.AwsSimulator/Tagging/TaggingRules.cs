using System.Globalization;
using System.Text;
using EksProvisioner.Aws.Tagging;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Tagging;

/// <summary>
/// GetResources as AWS documents it: the region's resources of every supported service, filtered by
/// tags (every filter must match; a filter's values are alternatives; no values = any value) and by
/// service[:type], or looked up by ARN; untagged resources only when asked for by ARN; at most 100 a page.
/// </summary>
internal sealed class TaggingRules(Func<IEnumerable<ISimulatedService>> services)
{
    private const int DefaultResourcesPerPage = 100;

    public ResourcePage GetResources(string region, GetResourcesRequest query)
    {
        Validate(query);
        var all = services().OfType<ITaggedResources>().SelectMany(s => s.TaggedResources(region));
        var matching = (query.ResourceArnList is { } arns
                ? all.Where(r => arns.Contains(r.Arn, StringComparer.Ordinal))
                : all.Where(r => r.Tags.Count > 0 && MatchesTags(r, query) && MatchesType(r, query)))
            .Where(_ => query.ExcludeCompliantResources != true) // no tag policies here, so every resource is compliant
            .OrderBy(r => r.Arn, StringComparer.Ordinal)
            .ToList();

        var offset = query.PaginationToken is { Length: > 0 } token ? Offset(token) : 0;
        var size = query.ResourcesPerPage ?? DefaultResourcesPerPage;
        var page = matching.Skip(offset).Take(size).ToList();
        var next = offset + size < matching.Count ? Token(offset + size) : string.Empty;
        return new ResourcePage(page, next, query.IncludeComplianceDetails == true);
    }

    private static void Validate(GetResourcesRequest query)
    {
        if (query.ResourceArnList is { } arns)
        {
            if (query.TagFilters is { Count: > 0 } || query.ResourceTypeFilters is { Count: > 0 })
            {
                throw TaggingErrors.InvalidParameter("ResourceARNList cannot be combined with TagFilters or ResourceTypeFilters.");
            }

            if (query.ResourcesPerPage is not null || query.TagsPerPage is not null || query.PaginationToken is not null)
            {
                throw TaggingErrors.InvalidParameter("ResourceARNList cannot be combined with ResourcesPerPage, TagsPerPage or PaginationToken.");
            }

            if (arns.Count is < 1 or > 100)
            {
                throw TaggingErrors.InvalidParameter("ResourceARNList must contain between 1 and 100 ARNs.");
            }
        }

        if (query.TagFilters?.Count > 50)
        {
            throw TaggingErrors.InvalidParameter("TagFilters can contain at most 50 keys.");
        }

        foreach (var filter in query.TagFilters ?? [])
        {
            var (key, values) = (filter.Key, filter.Values ?? []);
            if (string.IsNullOrEmpty(key) || key.Length > 128)
            {
                throw TaggingErrors.InvalidParameter("Each TagFilter must contain a key of 1 to 128 characters.");
            }

            if (values.Count > 20)
            {
                throw TaggingErrors.InvalidParameter($"TagFilter {key} can contain at most 20 values.");
            }
        }

        if (query.ResourcesPerPage is < 1 or > 100)
        {
            throw TaggingErrors.InvalidParameter("ResourcesPerPage must be between 1 and 100.");
        }

        if (query.TagsPerPage is < 100 or > 500)
        {
            throw TaggingErrors.InvalidParameter("TagsPerPage must be between 100 and 500.");
        }

        if (query.ExcludeCompliantResources == true && query.IncludeComplianceDetails != true)
        {
            throw TaggingErrors.InvalidParameter("ExcludeCompliantResources can be used only with IncludeComplianceDetails set to true.");
        }
    }

    private static bool MatchesTags(TaggedResource resource, GetResourcesRequest query) =>
        (query.TagFilters ?? []).All(f => resource.Tags.TryGetValue(f.Key!, out var value) && (f.Values is not { Count: > 0 } values || values.Contains(value, StringComparer.Ordinal)));

    private static bool MatchesType(TaggedResource resource, GetResourcesRequest query) =>
        query.ResourceTypeFilters is not { Count: > 0 } types || types.Any(filter =>
        {
            var colon = filter.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? string.Equals(filter, resource.Service, StringComparison.OrdinalIgnoreCase)
                : string.Equals(filter[..colon], resource.Service, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(filter[(colon + 1)..], resource.ResourceType, StringComparison.OrdinalIgnoreCase);
        });

    private static string Token(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("page:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int Offset(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("page:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Not base64: falls through to the same answer as any token we did not issue.
        }

        throw TaggingErrors.InvalidParameter("The specified PaginationToken is not valid.");
    }
}
