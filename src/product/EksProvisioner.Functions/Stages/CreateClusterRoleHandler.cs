using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>CreateClusterRole</c> (state machine resource <c>${CreateClusterRoleFunctionArn}</c>).</summary>
public sealed class CreateClusterRoleHandler(CreateClusterRole stage) : StageHandler<StageInput, RoleInfo>
{
    public const string StageName = "CreateClusterRole";

    public CreateClusterRoleHandler(StageClients clients)
        : this(new CreateClusterRole(clients.Iam))
    {
    }

    protected override Task<RoleInfo> RunAsync(StageInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
