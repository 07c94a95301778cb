using Amazon.Runtime;

namespace EksProvisioner.Aws.Sdk;

/// <summary>Routes an AWS SDK client through a given handler (an in-process server in tests and local runs).</summary>
internal sealed class FixedHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
}
