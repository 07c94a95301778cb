using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>DeleteAccessAndAddons</c> (state machine resource <c>${DeleteAccessAndAddonsFunctionArn}</c>).</summary>
public sealed class DeleteAccessAndAddonsHandler(DeleteAccessAndAddons stage) : StageHandler<TeardownInput, PhaseResult>
{
    public const string StageName = "DeleteAccessAndAddons";

    public DeleteAccessAndAddonsHandler(StageClients clients)
        : this(new DeleteAccessAndAddons(clients.Eks))
    {
    }

    protected override Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
