using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CreateAccessEntries</c> (state machine resource <c>${CreateAccessEntriesFunctionArn}</c>).</summary>
public sealed class CreateAccessEntriesHandler(CreateAccessEntries stage) : StageHandler<ClusterStageInput, AccessEntriesInfo>
{
    public const string StageName = "CreateAccessEntries";

    public CreateAccessEntriesHandler(StageClients clients)
        : this(new CreateAccessEntries(clients.Eks))
    {
    }

    protected override Task<AccessEntriesInfo> RunAsync(ClusterStageInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
