using EksProvisioner.Functions.Webhook;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EksProvisioner.Cli.Api;

/// <summary>
/// A Kestrel request as the <see cref="WebhookFront"/> takes it, with no API Gateway event in between:
/// the path as sent (still percent-encoded, as API Gateway's rawPath is), lower-case headers with repeats
/// comma-joined, the body's exact bytes (carried as base64, so a signature over them always holds).
/// </summary>
internal static class LocalHttpRequest
{
    public static WebhookHttpRequest From(HttpContext context, byte[] body, string requestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : (request.PathBase + request.Path).ToUriComponent();
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? target : target[..query];

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers)
        {
            headers[name.ToLowerInvariant()] = string.Join(',', values.ToArray());
        }

        var baseUrl = $"{request.Scheme}://{request.Host.Value}";
        return body.Length == 0
            ? new WebhookHttpRequest(request.Method, path, headers, null, false, requestId, baseUrl)
            : new WebhookHttpRequest(request.Method, path, headers, Convert.ToBase64String(body), true, requestId, baseUrl);
    }
}
