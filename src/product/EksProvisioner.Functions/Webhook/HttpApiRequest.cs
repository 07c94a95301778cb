namespace EksProvisioner.Functions.Webhook;

/// <summary>
/// An API Gateway HTTP API event, payload format 2.0 (the fields we use; the event package is not
/// available). Header names are lower-case; repeated headers arrive comma-joined.
/// </summary>
public sealed record HttpApiRequest
{
    public string? Version { get; init; }

    /// <summary>Such as <c>POST /environments</c>, or <c>$default</c>.</summary>
    public string? RouteKey { get; init; }

    /// <summary>The path as requested; under a named stage it starts with /{stage}.</summary>
    public string? RawPath { get; init; }

    public string? RawQueryString { get; init; }

    public IReadOnlyList<string>? Cookies { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; init; }

    public IReadOnlyDictionary<string, string>? PathParameters { get; init; }

    public HttpApiRequestContext? RequestContext { get; init; }

    public string? Body { get; init; }

    public bool IsBase64Encoded { get; init; }
}
