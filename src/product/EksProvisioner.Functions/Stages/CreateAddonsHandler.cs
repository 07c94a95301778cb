using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CreateAddons</c> (state machine resource <c>${CreateAddonsFunctionArn}</c>).</summary>
public sealed class CreateAddonsHandler(CreateAddons stage) : StageHandler<ClusterStageInput, AddonsInfo>
{
    public const string StageName = "CreateAddons";

    public CreateAddonsHandler(StageClients clients)
        : this(new CreateAddons(clients.Eks, clients.TimeProvider))
    {
    }

    protected override Task<AddonsInfo> RunAsync(ClusterStageInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
