using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CreateNodeRoles</c> (state machine resource <c>${CreateNodeRolesFunctionArn}</c>).</summary>
public sealed class CreateNodeRolesHandler(CreateNodeRoles stage) : StageHandler<StageInput, NodeRolesInfo>
{
    public const string StageName = "CreateNodeRoles";

    public CreateNodeRolesHandler(StageClients clients)
        : this(new CreateNodeRoles(clients.Iam))
    {
    }

    protected override Task<NodeRolesInfo> RunAsync(StageInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
