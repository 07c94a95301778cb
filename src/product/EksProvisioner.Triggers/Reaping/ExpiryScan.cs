using EksProvisioner.Aws.Tagging;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Triggers.Reaping;

/// <summary>
/// The finding half of a reaper pass: every resource of the region tagged <c>eksprov:expires-at</c>
/// (all pages), grouped by <c>eksprov:environment</c>, keeping each environment's earliest expiry. A
/// resource whose tags cannot be read is listed in <see cref="Skipped"/> and otherwise ignored.
/// </summary>
internal sealed class ExpiryScan
{
    private ExpiryScan()
    {
    }

    /// <summary>Resources seen.</summary>
    public int Resources { get; private set; }

    /// <summary>The earliest readable expiry of each environment, by name.</summary>
    public SortedDictionary<string, DateTimeOffset> Earliest { get; } = new(StringComparer.Ordinal);

    /// <summary>Every environment a resource named, readable expiry or not.</summary>
    public SortedSet<string> Environments { get; } = new(StringComparer.Ordinal);

    /// <summary>Resources left out, with the reason.</summary>
    public List<ReapSkip> Skipped { get; } = [];

    public static async Task<ExpiryScan> RunAsync(ITaggingClient tagging, CancellationToken cancellationToken)
    {
        var scan = new ExpiryScan();
        var request = new GetResourcesRequest { TagFilters = [new TagFilter { Key = TagKeys.ExpiresAt }] };
        await foreach (var mapping in tagging.GetAllResourcesAsync(request, cancellationToken))
        {
            scan.Add(mapping);
        }

        return scan;
    }

    private void Add(ResourceTagMapping mapping)
    {
        Resources++;
        var arn = mapping.ResourceArn ?? "(a resource without an ARN)";
        var environment = Value(mapping, TagKeys.Environment);
        var expires = Value(mapping, TagKeys.ExpiresAt);
        if (environment is null || !IsEnvironmentName(environment))
        {
            Skipped.Add(new ReapSkip(arn, environment is null ? "it has no eksprov:environment tag" : $"eksprov:environment '{environment}' is not an environment name"));
            return;
        }

        Environments.Add(environment);
        if (!ExpiryTag.TryParse(expires, out var expiresAt))
        {
            Skipped.Add(new ReapSkip(arn, $"eksprov:expires-at '{expires}' of {environment} is not an ISO-8601 time"));
            return;
        }

        if (!Earliest.TryGetValue(environment, out var known) || expiresAt < known)
        {
            Earliest[environment] = expiresAt;
        }
    }

    private static string? Value(ResourceTagMapping mapping, string key) =>
        mapping.Tags?.FirstOrDefault(t => t.Key == key)?.Value;

    // ExecutionNames owns the environment-name rule: a name is valid exactly when it is the environment of "<name>_".
    private static bool IsEnvironmentName(string value) => ExecutionNames.EnvironmentOf(value + "_") == value;
}
