using System.Globalization;
using System.Text;
using EksProvisioner.Functions.Webhook;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EksProvisioner.Cli.Api;

/// <summary>
/// Turns a Kestrel request into the API Gateway HTTP API event (payload 2.0) the webhook function
/// receives in AWS: lower-case headers with repeats comma-joined, cookies in their own list, the body
/// as text when it is UTF-8 text and base64 otherwise, the <c>$default</c> stage.
/// </summary>
public static class LocalHttpApiEvent
{
    public const string AccountId = "123456789012";

    public static HttpApiRequest From(HttpContext context, byte[] body, string requestId, DateTimeOffset now)
    {
        var request = context.Request;
        // The target as sent (still percent-encoded), as API Gateway's rawPath is; rebuilt when a host has none.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : (request.PathBase + request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var rawPath = query < 0 ? target : target[..query];
        var sourceIp = context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1";

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var cookies = new List<string>();
        foreach (var (name, values) in request.Headers)
        {
            if (string.Equals(name, "cookie", StringComparison.OrdinalIgnoreCase))
            {
                cookies.AddRange(values.SelectMany(v => (v ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                continue;
            }

            headers[name.ToLowerInvariant()] = string.Join(',', values.ToArray());
        }

        headers.TryAdd("x-forwarded-proto", request.Scheme);
        headers.TryAdd("x-forwarded-for", sourceIp);
        headers.TryAdd("x-forwarded-port", context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture));

        var (text, isBase64) = Body(body, request.ContentType);
        return new HttpApiRequest
        {
            Version = "2.0",
            RouteKey = "$default",
            RawPath = rawPath,
            RawQueryString = query < 0 ? "" : target[(query + 1)..],
            Cookies = cookies.Count == 0 ? null : cookies,
            Headers = headers,
            QueryStringParameters = request.Query.Count == 0 ? null : request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            PathParameters = PathParameters(rawPath),
            RequestContext = new HttpApiRequestContext
            {
                AccountId = AccountId,
                ApiId = "local",
                DomainName = request.Host.Value,
                DomainPrefix = request.Host.Host.Split('.')[0],
                Http = new HttpApiHttpDescription
                {
                    Method = request.Method,
                    Path = rawPath,
                    Protocol = request.Protocol,
                    SourceIp = sourceIp,
                    UserAgent = request.Headers.UserAgent.ToString(),
                },
                RequestId = requestId,
                RouteKey = "$default",
                Stage = "$default",
                Time = now.ToUniversalTime().ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture),
                TimeEpoch = now.ToUnixTimeMilliseconds(),
            },
            Body = text,
            IsBase64Encoded = isBase64,
        };
    }

    /// <summary>Text for empty, JSON and text/* bodies that are valid UTF-8; base64 for anything else, as API Gateway does for binary.</summary>
    private static (string? Text, bool IsBase64) Body(byte[] body, string? contentType)
    {
        if (body.Length == 0)
        {
            return (null, false);
        }

        var type = (contentType ?? "").Split(';')[0].Trim();
        var textual = type.Length == 0 || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        if (textual)
        {
            try
            {
                return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body), false);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8 after all: send the bytes untouched, so the signature over them still holds.
            }
        }

        return (Convert.ToBase64String(body), true);
    }

    /// <summary>The <c>{name}</c> of /environments/{name}, as the deployed route would give it.</summary>
    private static Dictionary<string, string>? PathParameters(string rawPath)
    {
        var segments = rawPath.Trim('/').Split('/');
        return segments is ["environments", { Length: > 0 } name] ? new Dictionary<string, string> { ["name"] = Uri.UnescapeDataString(name) } : null;
    }
}
