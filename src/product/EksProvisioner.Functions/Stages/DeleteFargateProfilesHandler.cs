using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>DeleteFargateProfiles</c> (state machine resource <c>${DeleteFargateProfilesFunctionArn}</c>).</summary>
public sealed class DeleteFargateProfilesHandler(DeleteFargateProfiles stage) : StageHandler<TeardownInput, PhaseResult>
{
    public const string StageName = "DeleteFargateProfiles";

    public DeleteFargateProfilesHandler(StageClients clients)
        : this(new DeleteFargateProfiles(clients.Eks))
    {
    }

    protected override Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
