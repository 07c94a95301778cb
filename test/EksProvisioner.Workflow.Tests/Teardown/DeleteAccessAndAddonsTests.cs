using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

public class DeleteAccessAndAddonsTests
{
    [Fact]
    public async Task RunAsync_NoCluster_DoneWithNothingDeleted()
    {
        var world = new TestWorld();

        var result = await new DeleteClusterChildren(world.Eks, ClusterChild.Addons, TestWorld.Names).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.Equal((true, 0), (result.Done, result.Deleted.Count));
    }

    [Fact]
    public async Task RunAsync_Addons_DeletesThemThenWaitsUntilGoneKeepingTheList()
    {
        var world = new TestWorld();
        await world.EverythingAsync(TestContext.Current.CancellationToken);
        var stage = new DeleteClusterChildren(world.Eks, ClusterChild.Addons, TestWorld.Names);

        var first = await stage.RunAsync(new TeardownInput("dev", "us-east-1", []), TestContext.Current.CancellationToken);
        var waiting = await stage.RunAsync(new TeardownInput("dev", "us-east-1", first.Deleted), TestContext.Current.CancellationToken);
        world.Eks.FinishDeletions();
        var last = await stage.RunAsync(new TeardownInput("dev", "us-east-1", waiting.Deleted), TestContext.Current.CancellationToken);

        Assert.False(first.Done);
        Assert.Equal(2, first.Deleted.Count);
        Assert.False(waiting.Done);
        Assert.Equal(2, world.Eks.Calls.Count(c => c.StartsWith("DeleteAddon", StringComparison.Ordinal)));
        Assert.True(last.Done);
        Assert.Equal(["addon:eksprov-dev/vpc-cni", "addon:eksprov-dev/coredns"], last.Deleted);
    }
}
