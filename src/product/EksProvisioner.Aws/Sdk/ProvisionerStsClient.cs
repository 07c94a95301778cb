using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.SecurityToken;
using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws.Sdk;

/// <summary>AWSSDK.SecurityToken's client with our error mapping and retry as the outermost pipeline handler.</summary>
internal sealed class ProvisionerStsClient(AWSCredentials credentials, AmazonSecurityTokenServiceConfig config, TransientRetry retry)
    : AmazonSecurityTokenServiceClient(credentials, config)
{
    // A field initializer, because it runs before the base constructor, which builds the pipeline.
    private readonly AwsSdkErrorHandler _handler = new("sts", retry);

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        base.CustomizeRuntimePipeline(pipeline);
        pipeline.AddHandler(_handler);
    }
}
