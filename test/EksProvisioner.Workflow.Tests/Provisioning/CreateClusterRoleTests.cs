using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Provisioning;
using EksProvisioner.Workflow.Tests.Fakes;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CreateClusterRoleTests
{
    [Fact]
    public async Task RunAsync_NewEnvironment_RoleTaggedInCreateRoleWithClusterPolicy()
    {
        var world = new TestWorld();

        var role = await new CreateClusterRole(world.Iam, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        var stored = world.Iam.Roles["eksprov-dev-use1-cluster"];
        Assert.Equal(stored.Arn, role.RoleArn);
        Assert.Equal(world.Environment.Tags, stored.Tags);
        Assert.DoesNotContain(world.Iam.Calls, c => c.StartsWith("TagRole", StringComparison.Ordinal));
        Assert.Contains("eks.amazonaws.com", stored.Trust, StringComparison.Ordinal);
        Assert.Equal(["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"], stored.Attached);
    }

    [Fact]
    public async Task RunAsync_PermissionsBoundaryGiven_RoleCreatedWithIt()
    {
        var world = new TestWorld();
        const string boundary = "arn:aws:iam::123456789012:policy/eksprov-boundary";

        await new CreateClusterRole(world.Iam, TestWorld.Names, boundary).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(boundary, world.Iam.Roles["eksprov-dev-use1-cluster"].PermissionsBoundary);
    }

    [Fact]
    public async Task RunAsync_NoPermissionsBoundary_RoleCreatedWithout()
    {
        var world = new TestWorld();

        await new CreateClusterRole(world.Iam, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Null(world.Iam.Roles["eksprov-dev-use1-cluster"].PermissionsBoundary);
    }

    [Fact]
    public async Task RunAsync_StackPrefix_RoleNamedWithPrefixAndRegionTag()
    {
        var world = new TestWorld();

        var role = await new CreateClusterRole(world.Iam, new Core.Naming.NameScope("team1", "eu-central-1")).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal("team1-dev-euc1-cluster", role.RoleName);
    }

    [Fact]
    public async Task RunAsync_Twice_AdoptsItsOwnRoleWithoutDuplicates()
    {
        var world = new TestWorld();
        var stage = new CreateClusterRole(world.Iam, TestWorld.Names);

        var first = await stage.RunAsync(world.Input, TestContext.Current.CancellationToken);
        var second = await stage.RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Single(world.Iam.Roles);
        Assert.Single(world.Iam.Roles["eksprov-dev-use1-cluster"].Attached);
    }

    [Fact]
    public async Task RunAsync_SameNamedRoleWithoutOurTag_ThrowsOwnershipConflict()
    {
        var world = new TestWorld();
        world.Iam.Roles["eksprov-dev-use1-cluster"] = new FakeRole("eksprov-dev-use1-cluster", "arn:aws:iam::123456789012:role/eksprov-dev-use1-cluster", "{}");

        await Assert.ThrowsAsync<ResourceOwnershipConflictException>(() =>
            new CreateClusterRole(world.Iam, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken));

        Assert.Empty(world.Iam.Roles["eksprov-dev-use1-cluster"].Attached);
    }

    [Fact]
    public async Task RunAsync_RoleOfAnotherEnvironment_ThrowsOwnershipConflict()
    {
        var world = new TestWorld();
        world.Iam.Roles["eksprov-dev-use1-cluster"] = new FakeRole("eksprov-dev-use1-cluster", "arn:aws:iam::123456789012:role/eksprov-dev-use1-cluster", "{}")
        {
            Tags = new(StringComparer.Ordinal) { ["eksprov:environment"] = "other" },
        };

        var error = await Assert.ThrowsAsync<ResourceOwnershipConflictException>(() =>
            new CreateClusterRole(world.Iam, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken));

        Assert.Contains("other", error.Message, StringComparison.Ordinal);
    }
}
