using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Functions.Webhook;

/// <summary>
/// One HTTP request to the environments API, independent of how it arrived (an API Gateway payload 2.0
/// event in Lambda, or Kestrel in <c>eksprov api --local</c>), for <see cref="WebhookFront"/>.
/// </summary>
/// <param name="Method">The HTTP method, such as POST.</param>
/// <param name="Path">The route path without any stage prefix, such as /environments/dev.</param>
/// <param name="Headers">The request headers; names are matched case-insensitively.</param>
/// <param name="Body">The body as received: text, or base64 when <paramref name="IsBase64Encoded"/>; null for none.</param>
/// <param name="IsBase64Encoded">True when <paramref name="Body"/> is base64 of the raw bytes.</param>
/// <param name="RequestId">The front end's request id, for the log line.</param>
/// <param name="BaseUrl">Where the API is reached, such as https://abc.execute-api.eu-west-1.amazonaws.com/prod; status URLs start with it.</param>
public sealed record WebhookHttpRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    bool IsBase64Encoded,
    string RequestId,
    string BaseUrl)
{
    /// <summary>The value of header <paramref name="name"/>, whatever its case; null when absent.</summary>
    public string? Header(string name) => HeaderLookup.Find(Headers, name);
}
