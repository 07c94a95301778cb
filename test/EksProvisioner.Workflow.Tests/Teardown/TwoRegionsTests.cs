using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

/// <summary>
/// IAM is global but stacks are regional: two stacks (us-east-1, eu-central-1) each create an environment
/// named dev in one account. Their roles must not collide, and tearing one down must leave the other's.
/// </summary>
public class TwoRegionsTests
{
    private static readonly NameScope East = NameScope.Default("us-east-1");
    private static readonly NameScope Central = NameScope.Default("eu-central-1");

    [Fact]
    public async Task DeleteRoles_SameEnvironmentInTwoRegions_LeavesTheOtherRegionsRoles()
    {
        var world = new TestWorld();
        var ct = TestContext.Current.CancellationToken;
        var central = world.Input with { Environment = world.Environment with { Region = Central.Region } };
        await new CreateClusterRole(world.Iam, East).RunAsync(world.Input, ct);
        await new CreateNodeRoles(world.Iam, East).RunAsync(world.Input, ct);
        await new CreateClusterRole(world.Iam, Central).RunAsync(central, ct);
        await new CreateNodeRoles(world.Iam, Central).RunAsync(central, ct);
        Assert.Equal(6, world.Iam.Roles.Count);

        var result = await new DeleteRoles(world.Iam, East).RunAsync(new TeardownInput("dev", East.Region, []), ct);

        Assert.Equal([.. East.For("dev").Roles.Select(r => "iam-role:" + r)], result.Deleted);
        Assert.Equal(Central.For("dev").Roles.Order(StringComparer.Ordinal), world.Iam.Roles.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteRoles_TeardownInputNamingAnotherRegion_StillOnlyTouchesTheStagesRegion()
    {
        var world = new TestWorld();
        var ct = TestContext.Current.CancellationToken;
        var central = world.Input with { Environment = world.Environment with { Region = Central.Region } };
        await new CreateClusterRole(world.Iam, Central).RunAsync(central, ct);

        // A us-east-1 stage asked to tear down "dev in eu-central-1" names roles after its own region.
        var result = await new DeleteRoles(world.Iam, East).RunAsync(new TeardownInput("dev", Central.Region, []), ct);

        Assert.Empty(result.Deleted);
        Assert.True(world.Iam.Roles.ContainsKey(Central.For("dev").ClusterRole));
    }
}
