using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CheckNodegroup</c> (state machine resource <c>${CheckNodegroupFunctionArn}</c>).</summary>
public sealed class CheckNodegroupHandler(CheckNodegroup stage) : StageHandler<CheckWaitedInput, WaitedResource>
{
    public const string StageName = "CheckNodegroup";

    public CheckNodegroupHandler(StageClients clients)
        : this(new CheckNodegroup(clients.Eks, clients.TimeProvider))
    {
    }

    protected override Task<WaitedResource> RunAsync(CheckWaitedInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
