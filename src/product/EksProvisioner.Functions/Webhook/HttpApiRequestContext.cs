namespace EksProvisioner.Functions.Webhook;

/// <summary>The <c>requestContext</c> of a payload 2.0 event.</summary>
public sealed record HttpApiRequestContext
{
    public string? AccountId { get; init; }

    public string? ApiId { get; init; }

    /// <summary>Such as abc123.execute-api.eu-west-1.amazonaws.com, or a custom domain.</summary>
    public string? DomainName { get; init; }

    public string? DomainPrefix { get; init; }

    public HttpApiHttpDescription? Http { get; init; }

    public string? RequestId { get; init; }

    public string? RouteKey { get; init; }

    /// <summary><c>$default</c>, or a named stage that prefixes the path.</summary>
    public string? Stage { get; init; }

    public string? Time { get; init; }

    /// <summary>Unix time of the request in milliseconds.</summary>
    public long TimeEpoch { get; init; }
}
