using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>DeleteNatGateways</c> (state machine resource <c>${DeleteNatGatewaysFunctionArn}</c>).</summary>
public sealed class DeleteNatGatewaysHandler(DeleteNatGateways stage) : StageHandler<TeardownInput, PhaseResult>
{
    public const string StageName = "DeleteNatGateways";

    public DeleteNatGatewaysHandler(StageClients clients)
        : this(new DeleteNatGateways(clients.Ec2))
    {
    }

    protected override Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
