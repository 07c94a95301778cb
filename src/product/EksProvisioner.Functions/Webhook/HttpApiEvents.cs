using EksProvisioner.Functions.Runtime;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Functions.Webhook;

/// <summary>Payload 2.0 to and from the transport-neutral <see cref="WebhookHttpRequest"/> / <see cref="WebhookResponse"/>.</summary>
public static class HttpApiEvents
{
    private const string DefaultStage = "$default";

    /// <exception cref="InvalidEventException">The event is not a payload 2.0 HTTP API event.</exception>
    public static WebhookHttpRequest ToWebhookRequest(HttpApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.RequestContext;
        if (request.Version != "2.0" || context?.Http?.Method is not { } method || request.RawPath is not { } rawPath)
        {
            throw new InvalidEventException(
                "The event is not an API Gateway HTTP API payload format 2.0 event (version 2.0, rawPath, requestContext.http.method); set PayloadFormatVersion 2.0 on the integration.");
        }

        var headers = request.Headers ?? new Dictionary<string, string>();
        var stage = context.Stage is { Length: > 0 } s && s != DefaultStage ? s : null;

        // Under a named stage API Gateway keeps the stage in rawPath; the routes are the same without it.
        var path = stage is not null && (rawPath == "/" + stage || rawPath.StartsWith("/" + stage + "/", StringComparison.Ordinal))
            ? rawPath[(stage.Length + 1)..]
            : rawPath;
        var scheme = HeaderLookup.Find(headers, "x-forwarded-proto") ?? "https";
        var host = context.DomainName ?? HeaderLookup.Find(headers, "host") ?? "localhost";
        var baseUrl = $"{scheme}://{host}" + (stage is null ? "" : "/" + stage);
        return new WebhookHttpRequest(method, path.Length == 0 ? "/" : path, headers, request.Body, request.IsBase64Encoded, context.RequestId ?? "-", baseUrl);
    }

    public static HttpApiResponse ToHttpApiResponse(WebhookResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new HttpApiResponse { StatusCode = response.StatusCode, Headers = response.Headers, Body = response.Body, IsBase64Encoded = false };
    }
}
