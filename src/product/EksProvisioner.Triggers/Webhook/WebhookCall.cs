namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// One call to the environments API, already routed and free of any transport (API Gateway, Kestrel).
/// </summary>
/// <param name="Action">What is asked for.</param>
/// <param name="Environment">The environment named by the route; null for <see cref="WebhookAction.Provision"/>.</param>
/// <param name="Method">The HTTP method as received, such as DELETE (signed).</param>
/// <param name="Path">The raw request path without query or stage, such as /environments/dev (signed).</param>
/// <param name="Headers">The request headers (the signature headers are read from them); names match case-insensitively.</param>
/// <param name="Body">The raw body bytes as signed by the sender; null when the front end could not decode them.</param>
/// <param name="BaseUrl">Where the API is reached, such as https://abc.execute-api.eu-west-1.amazonaws.com/prod; status URLs start with it.</param>
public sealed record WebhookCall(
    WebhookAction Action,
    string? Environment,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    byte[]? Body,
    string BaseUrl)
{
    /// <summary>The value of header <paramref name="name"/>, whatever its case; null when absent.</summary>
    public string? Header(string name) => HeaderLookup.Find(Headers, name);
}
