using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// How webhook requests are signed: <c>X-Eksprov-Signature: sha256=&lt;lowercase hex&gt;</c> is the
/// HMAC-SHA256, keyed with the shared secret, of <c>timestamp + "." + METHOD + "." + path + "." + body</c>
/// (the method upper case, the raw path such as <c>/environments/dev</c> without query, the raw body bytes),
/// where <c>X-Eksprov-Timestamp</c> is the Unix time in seconds. Method and path are signed so that a
/// captured GET or POST cannot be replayed as a DELETE. Senders use <see cref="Headers"/> or <see cref="Sign"/>;
/// the README's openssl snippet computes the same.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Eksprov-Timestamp";
    public const string SignatureHeader = "X-Eksprov-Signature";
    public const string Prefix = "sha256=";

    /// <summary>How far a timestamp may be from now (either way) before the request is refused as a replay.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The <see cref="SignatureHeader"/> value for <paramref name="method"/> <paramref name="path"/> with <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, string timestamp, string method, string path, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Mac(secret, timestamp, method, path, body));

    /// <summary>Both signature headers for a request sent at <paramref name="at"/>.</summary>
    public static IReadOnlyDictionary<string, string> Headers(string secret, DateTimeOffset at, string method, string path, ReadOnlySpan<byte> body)
    {
        var timestamp = Timestamp(at);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [TimestampHeader] = timestamp,
            [SignatureHeader] = Sign(secret, timestamp, method, path, body),
        };
    }

    /// <summary>The <see cref="TimestampHeader"/> value for <paramref name="at"/>.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares in constant time, so response timing tells nothing about how much of a guess was right.</summary>
    internal static bool Matches(string secret, SignedRequest request, ReadOnlySpan<byte> presented) =>
        CryptographicOperations.FixedTimeEquals(Mac(secret, request.Timestamp, request.Method, request.Path, request.Body), presented);

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

    private static byte[] Mac(string secret, string timestamp, string method, string path, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + "." + method.ToUpperInvariant() + "." + path + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
