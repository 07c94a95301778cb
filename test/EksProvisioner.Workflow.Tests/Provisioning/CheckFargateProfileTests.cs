using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CheckFargateProfileTests
{
    private static async Task<(TestWorld World, WaitedResource Created)> CreatingAsync()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        var created = await new CreateFargateProfile(world.Eks, world.Time).RunAsync(
            new FargateProfileInput(world.Environment, world.Request, resources, world.Request.FargateProfiles[0]), TestContext.Current.CancellationToken);
        return (world, created);
    }

    private static Task<WaitedResource> CheckAsync(TestWorld world, WaitedResource created) =>
        new CheckFargateProfile(world.Eks, world.Time).RunAsync(new CheckWaitedInput(world.Environment, created), TestContext.Current.CancellationToken);

    [Fact]
    public async Task RunAsync_Creating_WaitsTheExpectedRemainder()
    {
        var (world, created) = await CreatingAsync();
        world.Time.Advance(TimeSpan.FromSeconds(100));

        var result = await CheckAsync(world, created);

        Assert.Equal((false, 50), (result.Done, result.WaitSeconds));
    }

    [Fact]
    public async Task RunAsync_Active_Done()
    {
        var (world, created) = await CreatingAsync();
        world.Eks.ActivateAll();

        Assert.True((await CheckAsync(world, created)).Done);
    }

    [Fact]
    public async Task RunAsync_CreateFailed_ThrowsResourceFailed()
    {
        var (world, created) = await CreatingAsync();
        world.Eks.FargateProfiles[("eksprov-dev", "system")] = world.Eks.FargateProfiles[("eksprov-dev", "system")] with { Status = "CREATE_FAILED" };

        var error = await Assert.ThrowsAsync<ResourceFailedException>(() => CheckAsync(world, created));

        Assert.Contains("CREATE_FAILED", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PastBudget_ThrowsWaitBudgetExhausted()
    {
        var (world, created) = await CreatingAsync();
        world.Time.Advance(TimeSpan.FromSeconds((150 * 3) + 600 + 1));

        await Assert.ThrowsAsync<WaitBudgetExhaustedException>(() => CheckAsync(world, created));
    }
}
