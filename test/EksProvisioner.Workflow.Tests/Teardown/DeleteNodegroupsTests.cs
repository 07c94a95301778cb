using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

public class DeleteNodegroupsTests
{
    [Fact]
    public async Task RunAsync_Nodegroups_DeletesAllThenWaitsUntilGone()
    {
        var world = new TestWorld("""{"name":"dev","nodeGroups":[{"name":"a"},{"name":"b"}]}""");
        await world.EverythingAsync(TestContext.Current.CancellationToken);
        var stage = new DeleteClusterChildren(world.Eks, ClusterChild.Nodegroups, TestWorld.Names);

        var first = await stage.RunAsync(new TeardownInput("dev", "us-east-1", []), TestContext.Current.CancellationToken);
        world.Eks.FinishDeletions();
        var done = await stage.RunAsync(new TeardownInput("dev", "us-east-1", first.Deleted), TestContext.Current.CancellationToken);

        Assert.Equal((false, 60), (first.Done, first.WaitSeconds));
        Assert.True(done.Done);
        Assert.Equal(["nodegroup:eksprov-dev/a", "nodegroup:eksprov-dev/b"], done.Deleted);
    }

    [Fact]
    public async Task RunAsync_ClusterNotOurs_LeavesItsNodegroupsAlone()
    {
        var world = new TestWorld();
        await world.EverythingAsync(TestContext.Current.CancellationToken);
        world.Eks.Clusters["eksprov-dev"] = world.Eks.Clusters["eksprov-dev"] with { Tags = new Dictionary<string, string> { ["eksprov:environment"] = "someone-else" } };

        var result = await new DeleteClusterChildren(world.Eks, ClusterChild.Nodegroups, TestWorld.Names).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.True(result.Done);
        Assert.DoesNotContain(world.Eks.Calls, c => c.StartsWith("DeleteNodegroup", StringComparison.Ordinal));
    }
}
