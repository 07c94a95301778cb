using System.Globalization;

namespace EksProvisioner.Triggers.Reaping;

/// <summary>
/// Reads <c>eksprov:expires-at</c> values. We write ISO-8601 UTC with a Z and whole seconds
/// (OwnershipTags.FormatUtc); a person extending a TTL by hand may add fractions or an offset, so
/// those ISO-8601 forms are accepted too, and nothing else (no culture-dependent dates).
/// </summary>
internal static class ExpiryTag
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public static bool TryParse(string? value, out DateTimeOffset expiresAt) =>
        DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out expiresAt);
}
