using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CreateNetwork</c> (state machine resource <c>${CreateNetworkFunctionArn}</c>).</summary>
public sealed class CreateNetworkHandler(CreateNetwork stage) : StageHandler<StageInput, NetworkState>
{
    public const string StageName = "CreateNetwork";

    public CreateNetworkHandler(StageClients clients)
        : this(new CreateNetwork(clients.Ec2, clients.TimeProvider))
    {
    }

    protected override Task<NetworkState> RunAsync(StageInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
