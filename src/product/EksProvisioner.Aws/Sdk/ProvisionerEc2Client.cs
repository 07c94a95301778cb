using Amazon.EC2;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws.Sdk;

/// <summary>AWSSDK.EC2's client with our error mapping and retry as the outermost pipeline handler.</summary>
internal sealed class ProvisionerEc2Client(AWSCredentials credentials, AmazonEC2Config config, TransientRetry retry)
    : AmazonEC2Client(credentials, config)
{
    // A field initializer, because it runs before the base constructor, which builds the pipeline.
    private readonly AwsSdkErrorHandler _handler = new("ec2", retry);

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        base.CustomizeRuntimePipeline(pipeline);
        pipeline.AddHandler(_handler);
    }
}
