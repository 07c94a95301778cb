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

        var role = await new CreateClusterRole(world.Iam).RunAsync(world.Input, TestContext.Current.CancellationToken);

        var stored = world.Iam.Roles["eksprov-dev-cluster"];
        Assert.Equal(stored.Arn, role.RoleArn);
        Assert.Equal(world.Environment.Tags, stored.Tags);
        Assert.DoesNotContain(world.Iam.Calls, c => c.StartsWith("TagRole", StringComparison.Ordinal));
        Assert.Contains("eks.amazonaws.com", stored.Trust, StringComparison.Ordinal);
        Assert.Equal(["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"], stored.Attached);
    }

    [Fact]
    public async Task RunAsync_Twice_AdoptsItsOwnRoleWithoutDuplicates()
    {
        var world = new TestWorld();
        var stage = new CreateClusterRole(world.Iam);

        var first = await stage.RunAsync(world.Input, TestContext.Current.CancellationToken);
        var second = await stage.RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Single(world.Iam.Roles);
        Assert.Single(world.Iam.Roles["eksprov-dev-cluster"].Attached);
    }

    [Fact]
    public async Task RunAsync_SameNamedRoleWithoutOurTag_ThrowsOwnershipConflict()
    {
        var world = new TestWorld();
        world.Iam.Roles["eksprov-dev-cluster"] = new FakeRole("eksprov-dev-cluster", "arn:aws:iam::123456789012:role/eksprov-dev-cluster", "{}");

        await Assert.ThrowsAsync<ResourceOwnershipConflictException>(() =>
            new CreateClusterRole(world.Iam).RunAsync(world.Input, TestContext.Current.CancellationToken));

        Assert.Empty(world.Iam.Roles["eksprov-dev-cluster"].Attached);
    }

    [Fact]
    public async Task RunAsync_RoleOfAnotherEnvironment_ThrowsOwnershipConflict()
    {
        var world = new TestWorld();
        world.Iam.Roles["eksprov-dev-cluster"] = new FakeRole("eksprov-dev-cluster", "arn:aws:iam::123456789012:role/eksprov-dev-cluster", "{}")
        {
            Tags = new(StringComparer.Ordinal) { ["eksprov:environment"] = "other" },
        };

        var error = await Assert.ThrowsAsync<ResourceOwnershipConflictException>(() =>
            new CreateClusterRole(world.Iam).RunAsync(world.Input, TestContext.Current.CancellationToken));

        Assert.Contains("other", error.Message, StringComparison.Ordinal);
    }
}
