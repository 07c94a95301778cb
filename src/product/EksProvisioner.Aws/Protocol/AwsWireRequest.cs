namespace EksProvisioner.Aws.Protocol;

/// <summary>A marshalled request, before signing: method, path with query, extra headers, body.</summary>
internal sealed record AwsWireRequest(
    HttpMethod Method,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    byte[]? Body,
    string? ContentType);
