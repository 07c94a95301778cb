using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EksProvisioner.Aws.Errors;
using EksProvisioner.Aws.Http;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws.Sdk;

/// <summary>
/// The outermost handler of the AWSSDK.EC2 / AWSSDK.SecurityToken pipelines we build: it maps every
/// <see cref="AmazonServiceException"/> to the Core taxonomy and runs the same short retry as our own
/// clients (the SDK's retry is switched off, so waits follow the injected TimeProvider). Each retry
/// re-enters the whole inner pipeline, which marshals and signs afresh.
/// </summary>
internal sealed class AwsSdkErrorHandler(string service, TransientRetry retry) : PipelineHandler
{
    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        return retry.ExecuteAsync(
            async (attempt, _) =>
            {
                if (attempt > 1)
                {
                    executionContext.RequestContext.IsSigned = false;
                }

                try
                {
                    return await base.InvokeAsync<T>(executionContext);
                }
                catch (AmazonServiceException error)
                {
                    throw Map(executionContext, error);
                }
                catch (HttpRequestException error)
                {
                    throw new AwsServiceUnavailableException($"{service}:{Operation(executionContext)} could not reach the endpoint: {error.Message}", error)
                    {
                        Service = service,
                        Operation = Operation(executionContext),
                    };
                }
            },
            executionContext.RequestContext.CancellationToken);
    }

    public override void InvokeSync(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        try
        {
            base.InvokeSync(executionContext);
        }
        catch (AmazonServiceException error)
        {
            throw Map(executionContext, error);
        }
    }

    private EksProvisionerException Map(IExecutionContext context, AmazonServiceException error) =>
        AwsErrorMapper.FromSdk(error, service, Operation(context));

    private static string Operation(IExecutionContext context)
    {
        var name = context.RequestContext.RequestName ?? "Unknown";
        return name.EndsWith("Request", StringComparison.Ordinal) ? name[..^"Request".Length] : name;
    }
}
