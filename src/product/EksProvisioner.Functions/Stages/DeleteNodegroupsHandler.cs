using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>DeleteNodegroups</c> (state machine resource <c>${DeleteNodegroupsFunctionArn}</c>).</summary>
public sealed class DeleteNodegroupsHandler(DeleteNodegroups stage) : StageHandler<TeardownInput, PhaseResult>
{
    public const string StageName = "DeleteNodegroups";

    public DeleteNodegroupsHandler(StageClients clients)
        : this(new DeleteNodegroups(clients.Eks))
    {
    }

    protected override Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
