using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CreateNodeRolesTests
{
    [Fact]
    public async Task RunAsync_WithFargateProfiles_NodeAndPodExecutionRoles()
    {
        var world = new TestWorld();

        var roles = await new CreateNodeRoles(world.Iam, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal("eksprov-dev-use1-node", roles.NodeRole.RoleName);
        Assert.Equal("eksprov-dev-use1-fargate", roles.FargatePodExecutionRole?.RoleName);
        Assert.Equal(3, world.Iam.Roles["eksprov-dev-use1-node"].Attached.Count);
        Assert.Contains("ec2.amazonaws.com", world.Iam.Roles["eksprov-dev-use1-node"].Trust, StringComparison.Ordinal);
        Assert.Contains("eks-fargate-pods.amazonaws.com", world.Iam.Roles["eksprov-dev-use1-fargate"].Trust, StringComparison.Ordinal);
        Assert.All(world.Iam.Roles.Values, r => Assert.Equal("dev", r.Tags["eksprov:environment"]));
    }

    [Fact]
    public async Task RunAsync_WithoutFargateProfiles_NoPodExecutionRole()
    {
        var world = new TestWorld("""{"name":"dev","nodeGroups":[{"name":"workers"}]}""");

        var roles = await new CreateNodeRoles(world.Iam, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Null(roles.FargatePodExecutionRole);
        Assert.Equal(["eksprov-dev-use1-node"], world.Iam.Roles.Keys);
    }

    [Fact]
    public async Task RunAsync_Twice_NoDuplicates()
    {
        var world = new TestWorld();
        var stage = new CreateNodeRoles(world.Iam, TestWorld.Names);

        var first = await stage.RunAsync(world.Input, TestContext.Current.CancellationToken);
        var second = await stage.RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Equal(2, world.Iam.Roles.Count);
    }

    [Fact]
    public async Task RunAsync_PermissionsBoundaryGiven_EveryRoleCreatedWithIt()
    {
        var world = new TestWorld();
        const string boundary = "arn:aws:iam::123456789012:policy/eksprov-boundary";

        await new CreateNodeRoles(world.Iam, TestWorld.Names, boundary).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(2, world.Iam.Roles.Count);
        Assert.All(world.Iam.Roles.Values, r => Assert.Equal(boundary, r.PermissionsBoundary));
    }
}
