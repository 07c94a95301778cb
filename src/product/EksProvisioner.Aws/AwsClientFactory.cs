using Amazon;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.SecurityToken;
using Amazon.SimpleSystemsManagement;
using EksProvisioner.Aws.ElasticLoadBalancing;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Aws.Http;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Aws.Protocol;
using EksProvisioner.Aws.Sdk;
using EksProvisioner.Aws.Ssm;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Aws.Tagging;
using EksProvisioner.Core.Time;

namespace EksProvisioner.Aws;

/// <summary>
/// The one place AWS clients are made. Our EKS, IAM, Step Functions and Resource Groups Tagging clients
/// and AWSSDK's EC2, STS and SSM clients all take their region, credentials, endpoint, HTTP handler, error mapping and short
/// retry from here, so the same code talks to AWS, moto, LocalStack or the local simulator.
/// Create one per process and reuse it; it owns the pooled HTTP connections.
/// </summary>
public sealed class AwsClientFactory : IDisposable
{
    private readonly AwsClientOptions _options;
    private readonly TimeProvider _time;
    private readonly Randomizer _randomizer;
    private readonly Lazy<string> _region;
    private readonly Lazy<Task<AWSCredentials>> _credentials;
    private readonly HttpClient _http;

    public AwsClientFactory(AwsClientOptions options, TimeProvider timeProvider, Randomizer randomizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(randomizer);
        _options = options;
        _time = timeProvider;
        _randomizer = randomizer;
        _region = new Lazy<string>(() => options.Region
            ?? FallbackRegionFactory.GetRegionEndpoint()?.SystemName
            ?? throw new InvalidOperationException("No AWS region: set AWS_REGION, a profile region, or AwsClientOptions.Region."));
        _credentials = new Lazy<Task<AWSCredentials>>(() => options.Credentials is { } explicitCredentials
            ? Task.FromResult(explicitCredentials)
            : DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(null));
        _http = options.HttpHandler is { } handler
            ? new HttpClient(handler, disposeHandler: false)
            : new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
    }

    /// <summary>The region: <see cref="AwsClientOptions.Region"/> or the SDK's region chain.</summary>
    public string Region => _region.Value;

    /// <summary>The credentials every client signs with, for what signs outside a client (the EKS bearer token).</summary>
    public Task<AWSCredentials> CredentialsAsync() => _credentials.Value;

    /// <summary>Where <paramref name="serviceId"/> (see <see cref="AwsServiceIds"/>) is reached and how it is signed.</summary>
    public AwsServiceEndpoint ResolveEndpoint(string serviceId) => AwsEndpointResolver.Resolve(serviceId, Region, _options);

    public IEksClient CreateEks() => Client(AwsServiceIds.Eks, endpoint => new RestJsonProtocol(endpoint.SigningName));

    public IIamClient CreateIam() => Client(AwsServiceIds.Iam, endpoint => new QueryProtocol(endpoint.SigningName, IamOperations.ApiVersion));

    public IElbv2Client CreateElbv2() => Client(AwsServiceIds.ElasticLoadBalancingV2, endpoint => new QueryProtocol(endpoint.SigningName, Elbv2Operations.ApiVersion));

    public IStepFunctionsClient CreateStepFunctions() =>
        Client(AwsServiceIds.StepFunctions, endpoint => new JsonRpcProtocol(endpoint.SigningName, StepFunctionsOperations.TargetPrefix));

    public ITaggingClient CreateTagging() =>
        Client(AwsServiceIds.ResourceGroupsTagging, endpoint => new JsonRpcProtocol(endpoint.SigningName, TaggingOperations.TargetPrefix, TaggingOperations.JsonVersion));

    /// <summary>AWSSDK.EC2's client; its errors arrive as Core taxonomy exceptions.</summary>
    public IAmazonEC2 CreateEc2()
    {
        var config = Configure(new AmazonEC2Config(), ResolveEndpoint(AwsServiceIds.Ec2));
        return new ProvisionerEc2Client(SdkCredentials(config), config, NewRetry());
    }

    /// <summary>AWSSDK.SecurityToken's client; its errors arrive as Core taxonomy exceptions.</summary>
    public IAmazonSecurityTokenService CreateSts()
    {
        var config = Configure(new AmazonSecurityTokenServiceConfig(), ResolveEndpoint(AwsServiceIds.Sts));
        return new ProvisionerStsClient(SdkCredentials(config), config, NewRetry());
    }

    /// <summary>The SSM parameter reads (the webhook secret); its errors arrive as Core taxonomy exceptions.</summary>
    public SdkSsmClient CreateSsm() => new(CreateSdkSsm());

    /// <summary>AWSSDK.SimpleSystemsManagement's client, for tests that write parameters.</summary>
    internal IAmazonSimpleSystemsManagement CreateSdkSsm()
    {
        var config = Configure(new AmazonSimpleSystemsManagementConfig(), ResolveEndpoint(AwsServiceIds.Ssm));
        return new ProvisionerSsmClient(SdkCredentials(config), config, NewRetry());
    }

    public void Dispose() => _http.Dispose();

    private AwsServiceClient Client(string serviceId, Func<AwsServiceEndpoint, IAwsWireProtocol> protocol)
    {
        var endpoint = ResolveEndpoint(serviceId);
        return new AwsServiceClient(serviceId, new AwsServiceInvoker(endpoint, protocol(endpoint), _http, _ => _credentials.Value, NewRetry()));
    }

    private TransientRetry NewRetry() => new(_options.Retry, _time, _randomizer);

    private T Configure<T>(T config, AwsServiceEndpoint endpoint)
        where T : ClientConfig
    {
        config.ServiceURL = endpoint.Url.ToString();
        config.AuthenticationRegion = endpoint.SigningRegion;

        // Our outermost pipeline handler retries on the injected TimeProvider; the SDK's own retry would double it.
        config.MaxErrorRetry = 0;
        if (_options.HttpHandler is { } handler)
        {
            config.HttpClientFactory = new FixedHttpClientFactory(handler);
        }

        return config;
    }

    private AWSCredentials SdkCredentials(IClientConfig config) =>
        _options.Credentials ?? DefaultAWSCredentialsIdentityResolver.GetCredentials(config);
}
