using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CheckAddons</c> (state machine resource <c>${CheckAddonsFunctionArn}</c>).</summary>
public sealed class CheckAddonsHandler(CheckAddons stage) : StageHandler<CheckAddonsInput, AddonsInfo>
{
    public const string StageName = "CheckAddons";

    public CheckAddonsHandler(StageClients clients)
        : this(new CheckAddons(clients.Eks, clients.TimeProvider))
    {
    }

    protected override Task<AddonsInfo> RunAsync(CheckAddonsInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
