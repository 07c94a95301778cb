using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CreateFargateProfile</c> (state machine resource <c>${CreateFargateProfileFunctionArn}</c>).</summary>
public sealed class CreateFargateProfileHandler(CreateFargateProfile stage) : StageHandler<FargateProfileInput, WaitedResource>
{
    public const string StageName = "CreateFargateProfile";

    public CreateFargateProfileHandler(StageClients clients)
        : this(new CreateFargateProfile(clients.Eks, clients.TimeProvider))
    {
    }

    protected override Task<WaitedResource> RunAsync(FargateProfileInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
