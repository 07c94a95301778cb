using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>DeleteNetwork</c> (state machine resource <c>${DeleteNetworkFunctionArn}</c>).</summary>
public sealed class DeleteNetworkHandler(DeleteNetwork stage) : StageHandler<TeardownInput, PhaseResult>
{
    public const string StageName = "DeleteNetwork";

    public DeleteNetworkHandler(StageClients clients)
        : this(new DeleteNetwork(clients.Ec2))
    {
    }

    protected override Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
