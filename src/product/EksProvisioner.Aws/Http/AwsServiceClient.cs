using EksProvisioner.Aws.ElasticLoadBalancing;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Aws.Protocol;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Aws.Tagging;

namespace EksProvisioner.Aws.Http;

/// <summary>
/// The client of one service over our SigV4 invoker: the typed methods come from the service interfaces
/// (each names its table entry), so one class serves them all; an operation of another service is refused.
/// </summary>
internal sealed class AwsServiceClient(string serviceId, AwsServiceInvoker invoker) : IEksClient, IIamClient, IStepFunctionsClient, ITaggingClient, IElbv2Client
{
    public Task<TResponse> SendAsync<TResponse>(AwsOperation operation, object request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation.ServiceId == serviceId
            ? invoker.InvokeAsync<TResponse>(operation, request, cancellationToken)
            : throw new ArgumentException($"{operation.ServiceId} {operation.Name} sent to the {serviceId} client", nameof(operation));
    }
}
