using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// How webhook requests are signed: <c>X-Eksprov-Signature: sha256=&lt;lowercase hex&gt;</c> is the
/// HMAC-SHA256, keyed with the shared secret, of <c>timestamp + "." + body</c> (the raw body bytes), where
/// <c>X-Eksprov-Timestamp</c> is the Unix time in seconds. Senders use <see cref="Sign"/>.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Eksprov-Timestamp";
    public const string SignatureHeader = "X-Eksprov-Signature";
    public const string Prefix = "sha256=";

    /// <summary>How far a timestamp may be from now (either way) before the request is refused as a replay.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The <see cref="SignatureHeader"/> value for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Mac(secret, timestamp, body));

    /// <summary>The <see cref="TimestampHeader"/> value for <paramref name="at"/>.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares in constant time, so response timing tells nothing about how much of a guess was right.</summary>
    internal static bool Matches(string secret, string timestamp, ReadOnlySpan<byte> body, ReadOnlySpan<byte> presented) =>
        CryptographicOperations.FixedTimeEquals(Mac(secret, timestamp, body), presented);

    /// <summary>The MAC bytes of a header value <c>sha256=&lt;64 hex digits&gt;</c>, or null when it is not one.</summary>
    internal static byte[]? Parse(string header)
    {
        if (!header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + 64)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[] Mac(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
