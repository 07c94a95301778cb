using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.SimpleSystemsManagement;
using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws.Sdk;

/// <summary>AWSSDK.SimpleSystemsManagement's client with our error mapping and retry as the outermost pipeline handler.</summary>
internal sealed class ProvisionerSsmClient(AWSCredentials credentials, AmazonSimpleSystemsManagementConfig config, TransientRetry retry)
    : AmazonSimpleSystemsManagementClient(credentials, config)
{
    // A field initializer, because it runs before the base constructor, which builds the pipeline.
    private readonly AwsSdkErrorHandler _handler = new("ssm", retry);

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        base.CustomizeRuntimePipeline(pipeline);
        pipeline.AddHandler(_handler);
    }
}
