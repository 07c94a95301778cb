namespace EksProvisioner.Functions.Webhook;

/// <summary>The <c>requestContext.http</c> of a payload 2.0 event.</summary>
public sealed record HttpApiHttpDescription
{
    public string? Method { get; init; }

    public string? Path { get; init; }

    public string? Protocol { get; init; }

    public string? SourceIp { get; init; }

    public string? UserAgent { get; init; }
}
