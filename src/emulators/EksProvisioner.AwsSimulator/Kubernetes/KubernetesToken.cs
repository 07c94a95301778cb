using System.Globalization;
using System.Text;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// Verifies an EKS bearer token, `k8s-aws-v1.` + base64url of a presigned STS GetCallerIdentity URL that
/// signs the `x-k8s-aws-id` header with the cluster name (what `aws eks get-token` prints), as the
/// aws-iam-authenticator does: signature against the caller's secret, expiry, cluster id.
/// </summary>
internal static class KubernetesToken
{
    public const string Prefix = "k8s-aws-v1.";

    /// <summary>The caller's access key id, or null with <paramref name="problem"/> saying why the token is refused.</summary>
    public static string? Verify(string? token, string clusterName, DateTimeOffset now, Func<string, string?> secretFor, out string problem)
    {
        problem = "Unauthorized";
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        Uri url;
        try
        {
            var encoded = token[Prefix.Length..].Replace('-', '+').Replace('_', '/');
            encoded = encoded.PadRight(encoded.Length + ((4 - (encoded.Length % 4)) % 4), '=');
            url = new Uri(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        }
        catch (FormatException)
        {
            problem = "token is not base64url";
            return null;
        }

        var query = Query(url.Query);
        string Get(string name) => query.FirstOrDefault(p => p.Key == name).Value ?? string.Empty;
        var credential = Get("X-Amz-Credential").Split('/');
        if (Get("Action") != "GetCallerIdentity" || credential.Length != 5 || Get("X-Amz-Algorithm") != "AWS4-HMAC-SHA256")
        {
            problem = "token is not a presigned GetCallerIdentity URL";
            return null;
        }

        var signed = Get("X-Amz-SignedHeaders").Split(';');
        if (!signed.Contains("x-k8s-aws-id") || !signed.Contains("host"))
        {
            problem = "token does not sign the x-k8s-aws-id header";
            return null;
        }

        if (!DateTimeOffset.TryParseExact(Get("X-Amz-Date"), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || !int.TryParse(Get("X-Amz-Expires"), CultureInfo.InvariantCulture, out var expires) || now > date.AddSeconds(expires))
        {
            problem = "token expired";
            return null;
        }

        var secret = secretFor(credential[0]);
        var host = url.IsDefaultPort ? url.Host : url.Host + ":" + url.Port.ToString(CultureInfo.InvariantCulture);
        var headers = new[] { KeyValuePair.Create("host", host), KeyValuePair.Create("x-k8s-aws-id", clusterName) };
        var matches = secret is not null && PresignedUrlSignature.PayloadHashes.Any(payload => string.Equals(
            PresignedUrlSignature.Compute(secret, host, url.AbsolutePath, query, headers, Get("X-Amz-Date"), string.Join('/', credential[1..]), payload),
            Get("X-Amz-Signature"),
            StringComparison.Ordinal));
        if (!matches)
        {
            problem = "token signature does not match (wrong secret or another cluster)";
            return null;
        }

        return credential[0];
    }

    private static List<KeyValuePair<string, string>> Query(string query) =>
        [.. query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            return KeyValuePair.Create(Uri.UnescapeDataString(name), Uri.UnescapeDataString(value.Replace('+', ' ')));
        })];
}
