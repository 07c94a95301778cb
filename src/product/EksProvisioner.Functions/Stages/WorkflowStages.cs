using EksProvisioner.Functions.Runtime;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// Registers every provisioning and teardown stage under its EKSPROV_STAGE name, which is the state
/// machines' <c>${XFunctionArn}</c> placeholder without "FunctionArn".
/// </summary>
public static class WorkflowStages
{
    /// <summary>Adds every stage; <paramref name="clients"/> is called once, by the first stage constructed.</summary>
    public static LambdaStages AddWorkflowStages(this LambdaStages stages, Func<StageClients> clients)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(clients);
        var shared = new Lazy<StageClients>(clients);
        return stages
            .Add(ValidateRequestHandler.StageName, () => new ValidateRequestHandler(shared.Value))
            .Add(CreateClusterRoleHandler.StageName, () => new CreateClusterRoleHandler(shared.Value))
            .Add(CreateNodeRolesHandler.StageName, () => new CreateNodeRolesHandler(shared.Value))
            .Add(CreateNetworkHandler.StageName, () => new CreateNetworkHandler(shared.Value))
            .Add(CheckNetworkHandler.StageName, () => new CheckNetworkHandler(shared.Value))
            .Add(CreateClusterHandler.StageName, () => new CreateClusterHandler(shared.Value))
            .Add(CheckClusterHandler.StageName, () => new CheckClusterHandler(shared.Value))
            .Add(CreateNodegroupHandler.StageName, () => new CreateNodegroupHandler(shared.Value))
            .Add(CheckNodegroupHandler.StageName, () => new CheckNodegroupHandler(shared.Value))
            .Add(CreateFargateProfileHandler.StageName, () => new CreateFargateProfileHandler(shared.Value))
            .Add(CheckFargateProfileHandler.StageName, () => new CheckFargateProfileHandler(shared.Value))
            .Add(CreateAddonsHandler.StageName, () => new CreateAddonsHandler(shared.Value))
            .Add(CheckAddonsHandler.StageName, () => new CheckAddonsHandler(shared.Value))
            .Add(CreateAccessEntriesHandler.StageName, () => new CreateAccessEntriesHandler(shared.Value))
            .Add(BuildOutputHandler.StageName, () => new BuildOutputHandler(shared.Value))
            .Add(DeleteAccessAndAddonsHandler.StageName, () => new DeleteAccessAndAddonsHandler(shared.Value))
            .Add(DeleteFargateProfilesHandler.StageName, () => new DeleteFargateProfilesHandler(shared.Value))
            .Add(DeleteNodegroupsHandler.StageName, () => new DeleteNodegroupsHandler(shared.Value))
            .Add(DeleteClusterHandler.StageName, () => new DeleteClusterHandler(shared.Value))
            .Add(DeleteNatGatewaysHandler.StageName, () => new DeleteNatGatewaysHandler(shared.Value))
            .Add(DeleteNetworkHandler.StageName, () => new DeleteNetworkHandler(shared.Value))
            .Add(DeleteRolesHandler.StageName, () => new DeleteRolesHandler(shared.Value))
            .Add(VerifyTeardownHandler.StageName, () => new VerifyTeardownHandler(shared.Value));
    }
}
