using Amazon.Runtime;
using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws;

/// <summary>
/// How to reach AWS (or moto, LocalStack, our simulator). Everything is optional: by default the
/// region and credentials come from AWSSDK.Core's standard chains (environment, profiles, SSO, web
/// identity, instance metadata) and endpoints from <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
/// <c>AWS_ENDPOINT_URL</c>, or the public AWS endpoints, in that order.
/// </summary>
public sealed record AwsClientOptions
{
    /// <summary>The region, such as eu-west-1; null = the SDK's region chain.</summary>
    public string? Region { get; init; }

    /// <summary>The credentials; null = the SDK's default credential chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>One endpoint for every service (wins over the environment), such as moto's URL.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Per-service endpoints keyed by service id (EKS, IAM, SFN, EC2, STS, SSM); win over <see cref="EndpointUrl"/>.</summary>
    public IReadOnlyDictionary<string, Uri>? ServiceEndpoints { get; init; }

    /// <summary>The HTTP handler to send through (an in-process server in tests); null = a pooled socket handler.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>The short in-client retry for throttling and 5xx.</summary>
    public AwsRetryOptions Retry { get; init; } = AwsRetryOptions.Default;

    /// <summary>Where environment variables are read from; replaceable so tests need not touch the process environment.</summary>
    public Func<string, string?> EnvironmentVariables { get; init; } = Environment.GetEnvironmentVariable;
}
