namespace EksProvisioner.Functions.Webhook;

/// <summary>A payload 2.0 response: API Gateway sends <see cref="Body"/> with <see cref="StatusCode"/> and <see cref="Headers"/>.</summary>
public sealed record HttpApiResponse
{
    public int StatusCode { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public string? Body { get; init; }

    public bool IsBase64Encoded { get; init; }

    public IReadOnlyList<string>? Cookies { get; init; }
}
