using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>DeleteCluster</c> (state machine resource <c>${DeleteClusterFunctionArn}</c>).</summary>
public sealed class DeleteClusterHandler(DeleteCluster stage) : StageHandler<TeardownInput, PhaseResult>
{
    public const string StageName = "DeleteCluster";

    public DeleteClusterHandler(StageClients clients)
        : this(new DeleteCluster(clients.Eks))
    {
    }

    protected override Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
