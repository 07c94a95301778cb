using EksProvisioner.Aws.Eks;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

public class DeleteClusterTests
{
    [Fact]
    public async Task RunAsync_OurCluster_DeletesThenDoneWhenGone()
    {
        var world = new TestWorld("""{"name":"dev"}""");
        await world.ClusterAsync(TestContext.Current.CancellationToken);
        var stage = new DeleteCluster(world.Eks, TestWorld.Names);

        var first = await stage.RunAsync(new TeardownInput("dev", "us-east-1", []), TestContext.Current.CancellationToken);
        var deleting = await stage.RunAsync(new TeardownInput("dev", "us-east-1", first.Deleted), TestContext.Current.CancellationToken);
        world.Eks.FinishDeletions();
        var done = await stage.RunAsync(new TeardownInput("dev", "us-east-1", deleting.Deleted), TestContext.Current.CancellationToken);

        Assert.False(first.Done);
        Assert.False(deleting.Done);
        Assert.Single(world.Eks.Calls, c => c.StartsWith("DeleteCluster", StringComparison.Ordinal));
        Assert.True(done.Done);
        Assert.Equal(["eks-cluster:eksprov-dev"], done.Deleted);
    }

    [Fact]
    public async Task RunAsync_UntaggedClusterOfTheSameName_NeverDeleted()
    {
        var world = new TestWorld();
        world.Eks.Clusters["eksprov-dev"] = new Cluster { Name = "eksprov-dev", Arn = "arn:x", Status = "ACTIVE" };

        var result = await new DeleteCluster(world.Eks, TestWorld.Names).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.True(result.Done);
        Assert.Equal("ACTIVE", world.Eks.Clusters["eksprov-dev"].Status);
    }

    [Fact]
    public async Task RunAsync_NodegroupStillPresent_WaitsInsteadOfFailing()
    {
        var world = new TestWorld();
        await world.EverythingAsync(TestContext.Current.CancellationToken);

        var result = await new DeleteCluster(world.Eks, TestWorld.Names).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.False(result.Done);
        Assert.Empty(result.Deleted);
        Assert.Equal("ACTIVE", world.Eks.Clusters["eksprov-dev"].Status);
    }
}
