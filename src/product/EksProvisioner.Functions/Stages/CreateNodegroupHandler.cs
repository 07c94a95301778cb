using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CreateNodegroup</c> (state machine resource <c>${CreateNodegroupFunctionArn}</c>).</summary>
public sealed class CreateNodegroupHandler(CreateNodegroup stage) : StageHandler<NodegroupInput, WaitedResource>
{
    public const string StageName = "CreateNodegroup";

    public CreateNodegroupHandler(StageClients clients)
        : this(new CreateNodegroup(clients.Eks, clients.TimeProvider))
    {
    }

    protected override Task<WaitedResource> RunAsync(NodegroupInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
