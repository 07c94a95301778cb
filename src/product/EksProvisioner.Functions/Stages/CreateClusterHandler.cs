using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CreateCluster</c> (state machine resource <c>${CreateClusterFunctionArn}</c>).</summary>
public sealed class CreateClusterHandler(CreateCluster stage) : StageHandler<ClusterStageInput, ClusterInfo>
{
    public const string StageName = "CreateCluster";

    public CreateClusterHandler(StageClients clients)
        : this(new CreateCluster(clients.Eks, clients.TimeProvider))
    {
    }

    protected override Task<ClusterInfo> RunAsync(ClusterStageInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
