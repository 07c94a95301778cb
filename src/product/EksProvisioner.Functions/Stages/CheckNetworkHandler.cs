using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CheckNetwork</c> (state machine resource <c>${CheckNetworkFunctionArn}</c>).</summary>
public sealed class CheckNetworkHandler(CheckNetwork stage) : StageHandler<CheckNetworkInput, NetworkState>
{
    public const string StageName = "CheckNetwork";

    public CheckNetworkHandler(StageClients clients)
        : this(new CheckNetwork(clients.Ec2, clients.TimeProvider))
    {
    }

    protected override Task<NetworkState> RunAsync(CheckNetworkInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
