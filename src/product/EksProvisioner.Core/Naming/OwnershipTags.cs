using System.Globalization;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Naming;

/// <summary>
/// The tags every resource of an environment carries: the ownership tags rollback and teardown search
/// by, then the user's tags.
/// </summary>
public static class OwnershipTags
{
    /// <summary>
    /// Ownership tags then user tags. <c>eksprov:owner</c> and <c>eksprov:ticket</c> appear only when
    /// the request has an owner or ticket; <c>eksprov:expires-at</c> only with a TTL, computed from
    /// <paramref name="createdAt"/> (never from the wall clock) as ISO-8601 UTC, such as 2026-01-02T03:04:05Z;
    /// <c>eksprov:provisioning</c> only with a <paramref name="provisioning"/> (the execution's name).
    /// </summary>
    public static IReadOnlyDictionary<string, string> For(EnvironmentRequest request, DateTimeOffset createdAt, string? provisioning = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TagKeys.Environment] = request.Name,
        };
        if (!string.IsNullOrEmpty(provisioning))
        {
            tags[TagKeys.Provisioning] = provisioning;
        }

        if (request.Owner is not null)
        {
            tags[TagKeys.Owner] = request.Owner;
        }

        if (request.Ticket is not null)
        {
            tags[TagKeys.Ticket] = request.Ticket.TagValue;
        }

        if (ExpiresAt(request, createdAt) is { } expires)
        {
            tags[TagKeys.ExpiresAt] = FormatUtc(expires);
        }

        foreach (var (key, value) in request.Tags)
        {
            tags[key] = value;
        }

        return tags;
    }

    /// <summary>When the environment expires, or null without a TTL.</summary>
    public static DateTimeOffset? ExpiresAt(EnvironmentRequest request, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.TtlHours is { } hours ? createdAt.ToUniversalTime().AddHours(hours) : null;
    }

    /// <summary>
    /// How many ownership tags <paramref name="request"/> may produce (2 to 5): the provisioning tag is
    /// counted always, since validation runs before the execution has a name.
    /// </summary>
    public static int OwnershipTagCount(EnvironmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return 2 + (request.Owner is null ? 0 : 1) + (request.Ticket is null ? 0 : 1) + (request.TtlHours is null ? 0 : 1);
    }

    /// <summary>ISO-8601 UTC with a Z and whole seconds.</summary>
    public static string FormatUtc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
