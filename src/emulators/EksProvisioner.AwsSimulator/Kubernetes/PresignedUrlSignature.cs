using System.Security.Cryptography;
using System.Text;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// SigV4 query-string signing for a GET, so a token's signature can be recomputed from the URL and the secret.
/// botocore's SigV4QueryAuth (the aws CLI) hashes the empty body; S3-style presigners use UNSIGNED-PAYLOAD.
/// </summary>
internal static class PresignedUrlSignature
{
    public static string Compute(
        string secret,
        string host,
        string path,
        IReadOnlyList<KeyValuePair<string, string>> query,
        IReadOnlyList<KeyValuePair<string, string>> signedHeaders,
        string amzDate,
        string scope,
        string payloadHash)
    {
        var canonicalQuery = string.Join('&', query
            .Where(p => p.Key != "X-Amz-Signature")
            .Select(p => (Key: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
        var headers = signedHeaders.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        var canonicalRequest = new StringBuilder()
            .Append("GET\n").Append(string.IsNullOrEmpty(path) ? "/" : path).Append('\n')
            .Append(canonicalQuery).Append('\n')
            .Append(string.Concat(headers.Select(h => h.Key + ":" + h.Value.Trim() + "\n"))).Append('\n')
            .Append(string.Join(';', headers.Select(h => h.Key))).Append('\n')
            .Append(payloadHash)
            .ToString();
        var stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        var key = Encoding.UTF8.GetBytes("AWS4" + secret);
        foreach (var part in scope.Split('/'))
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>The payload hashes a presigned GET may carry: SHA-256 of the empty body, or unsigned.</summary>
    public static IReadOnlyList<string> PayloadHashes { get; } = [Hex(SHA256.HashData([])), "UNSIGNED-PAYLOAD"];

    /// <summary>RFC 3986 encoding as SigV4 wants it: unreserved characters kept, everything else %XX upper case.</summary>
    public static string Encode(string value)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
