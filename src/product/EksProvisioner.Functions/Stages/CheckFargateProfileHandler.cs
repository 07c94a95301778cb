using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CheckFargateProfile</c> (state machine resource <c>${CheckFargateProfileFunctionArn}</c>).</summary>
public sealed class CheckFargateProfileHandler(CheckFargateProfile stage) : StageHandler<CheckWaitedInput, WaitedResource>
{
    public const string StageName = "CheckFargateProfile";

    public CheckFargateProfileHandler(StageClients clients)
        : this(new CheckFargateProfile(clients.Eks, clients.TimeProvider))
    {
    }

    protected override Task<WaitedResource> RunAsync(CheckWaitedInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
