using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>BuildOutput</c> (state machine resource <c>${BuildOutputFunctionArn}</c>).</summary>
public sealed class BuildOutputHandler(BuildOutput stage) : StageHandler<BuildOutputInput, EnvironmentOutput>
{
    public const string StageName = "BuildOutput";

    public BuildOutputHandler(StageClients clients)
        : this(new BuildOutput(clients.TimeProvider))
    {
    }

    protected override Task<EnvironmentOutput> RunAsync(BuildOutputInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
