using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>ValidateRequest</c> (state machine resource <c>${ValidateRequestFunctionArn}</c>).</summary>
public sealed class ValidateRequestHandler(ValidateRequest stage) : StageHandler<ValidateRequestInput, ValidatedRequest>
{
    public const string StageName = "ValidateRequest";

    public ValidateRequestHandler(StageClients clients)
        : this(new ValidateRequest(clients.TimeProvider, clients.Region))
    {
    }

    protected override Task<ValidatedRequest> RunAsync(ValidateRequestInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
