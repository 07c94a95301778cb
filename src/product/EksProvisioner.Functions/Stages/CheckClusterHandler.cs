using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CheckCluster</c> (state machine resource <c>${CheckClusterFunctionArn}</c>).</summary>
public sealed class CheckClusterHandler(CheckCluster stage) : StageHandler<CheckClusterInput, ClusterInfo>
{
    public const string StageName = "CheckCluster";

    public CheckClusterHandler(StageClients clients)
        : this(new CheckCluster(clients.Eks, clients.TimeProvider))
    {
    }

    protected override Task<ClusterInfo> RunAsync(CheckClusterInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
