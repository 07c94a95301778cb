using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>DeleteRoles</c> (state machine resource <c>${DeleteRolesFunctionArn}</c>).</summary>
public sealed class DeleteRolesHandler(DeleteRoles stage) : StageHandler<TeardownInput, PhaseResult>
{
    public const string StageName = "DeleteRoles";

    public DeleteRolesHandler(StageClients clients)
        : this(new DeleteRoles(clients.Iam))
    {
    }

    protected override Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
