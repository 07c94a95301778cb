using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CheckNodegroupTests
{
    private static async Task<(TestWorld World, WaitedResource Created)> CreatingAsync()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        var created = await new CreateNodegroup(world.Eks, world.Time).RunAsync(
            new NodegroupInput(world.Environment, world.Request, resources, world.Request.NodeGroups[0]), TestContext.Current.CancellationToken);
        return (world, created);
    }

    private static Task<WaitedResource> CheckAsync(TestWorld world, WaitedResource created) =>
        new CheckNodegroup(world.Eks, world.Time).RunAsync(new CheckWaitedInput(world.Environment, created), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(0, 240)]
    [InlineData(200, 40)]
    [InlineData(239, 5)]
    [InlineData(300, 30)]
    public async Task RunAsync_Creating_WaitsTheExpectedRemainder(int elapsed, int expectedWait)
    {
        var (world, created) = await CreatingAsync();
        world.Time.Advance(TimeSpan.FromSeconds(elapsed));

        var result = await CheckAsync(world, created);

        Assert.Equal((false, expectedWait), (result.Done, result.WaitSeconds));
    }

    [Fact]
    public async Task RunAsync_Active_Done()
    {
        var (world, created) = await CreatingAsync();
        world.Eks.ActivateAll();

        var result = await CheckAsync(world, created);

        Assert.True(result.Done);
        Assert.Equal("ACTIVE", result.Status);
    }

    [Fact]
    public async Task RunAsync_CreateFailed_ThrowsWithHealthIssues()
    {
        var (world, created) = await CreatingAsync();
        world.Eks.Nodegroups[("eksprov-dev", "workers")] = world.Eks.Nodegroups[("eksprov-dev", "workers")] with
        {
            Status = "CREATE_FAILED",
            Health = new NodegroupHealth { Issues = [new Issue { Code = "NodeCreationFailure", Message = "Instances failed to join the kubernetes cluster" }] },
        };

        var error = await Assert.ThrowsAsync<ResourceFailedException>(() => CheckAsync(world, created));

        Assert.Contains("NodeCreationFailure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PastBudget_ThrowsWaitBudgetExhausted()
    {
        var (world, created) = await CreatingAsync();
        world.Time.Advance(TimeSpan.FromSeconds((240 * 3) + 600 + 1));

        await Assert.ThrowsAsync<WaitBudgetExhaustedException>(() => CheckAsync(world, created));
    }
}
