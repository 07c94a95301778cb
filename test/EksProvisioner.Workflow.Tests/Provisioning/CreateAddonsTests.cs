using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CreateAddonsTests
{
    [Fact]
    public async Task RunAsync_TwoAddons_BothCreatedTaggedNotYetDone()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);

        var addons = await new CreateAddons(world.Eks, world.Time).RunAsync(new ClusterStageInput(world.Environment, world.Request, resources), TestContext.Current.CancellationToken);

        Assert.Equal(["vpc-cni", "coredns"], addons.Addons.Select(a => a.Name));
        Assert.False(addons.Done);
        Assert.All(world.Eks.Addons.Values, a => Assert.Equal(world.Environment.Tags, a.Tags));
    }

    [Fact]
    public async Task RunAsync_Twice_NoDuplicates()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        var input = new ClusterStageInput(world.Environment, world.Request, resources);

        var first = await new CreateAddons(world.Eks, world.Time).RunAsync(input, TestContext.Current.CancellationToken);
        var second = await new CreateAddons(world.Eks, world.Time).RunAsync(input, TestContext.Current.CancellationToken);

        Assert.Equal(Json.Of(first), Json.Of(second));
        Assert.Equal(2, world.Eks.Addons.Count);
    }

    [Fact]
    public async Task RunAsync_NoAddons_DoneAtOnce()
    {
        var world = new TestWorld("""{"name":"dev","addons":[]}""");
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);

        var addons = await new CreateAddons(world.Eks, world.Time).RunAsync(new ClusterStageInput(world.Environment, world.Request, resources), TestContext.Current.CancellationToken);

        Assert.True(addons.Done);
        Assert.Empty(world.Eks.Addons);
    }
}
