using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

public class DeleteFargateProfilesTests
{
    private const string TwoProfiles = """
        {"name":"dev","fargateProfiles":[{"name":"a","selectors":[{"namespace":"a"}]},{"name":"b","selectors":[{"namespace":"b"}]}]}
        """;

    [Fact]
    public async Task RunAsync_TwoProfiles_DeletesOneAtATime()
    {
        var world = new TestWorld(TwoProfiles);
        await world.EverythingAsync(TestContext.Current.CancellationToken);
        var stage = new DeleteFargateProfiles(world.Eks, TestWorld.Names);

        var first = await stage.RunAsync(new TeardownInput("dev", "us-east-1", []), TestContext.Current.CancellationToken);
        var whileDeleting = await stage.RunAsync(new TeardownInput("dev", "us-east-1", first.Deleted), TestContext.Current.CancellationToken);

        Assert.Single(first.Deleted);
        Assert.False(first.Done);
        Assert.Single(whileDeleting.Deleted);
        Assert.Single(world.Eks.Calls, c => c.StartsWith("DeleteFargateProfile", StringComparison.Ordinal));

        world.Eks.FinishDeletions();
        var second = await stage.RunAsync(new TeardownInput("dev", "us-east-1", whileDeleting.Deleted), TestContext.Current.CancellationToken);
        world.Eks.FinishDeletions();
        var done = await stage.RunAsync(new TeardownInput("dev", "us-east-1", second.Deleted), TestContext.Current.CancellationToken);

        Assert.True(done.Done);
        Assert.Equal(["fargate-profile:eksprov-dev/a", "fargate-profile:eksprov-dev/b"], done.Deleted);
    }

    [Fact]
    public async Task RunAsync_NoCluster_Done()
    {
        var world = new TestWorld();

        Assert.True((await new DeleteFargateProfiles(world.Eks, TestWorld.Names).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken)).Done);
    }
}
