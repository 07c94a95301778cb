using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CheckAddonsTests
{
    private static async Task<(TestWorld World, AddonsInfo Addons)> CreatingAsync()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        var addons = await new CreateAddons(world.Eks, world.Time).RunAsync(new ClusterStageInput(world.Environment, world.Request, resources), TestContext.Current.CancellationToken);
        return (world, addons);
    }

    private static Task<AddonsInfo> CheckAsync(TestWorld world, AddonsInfo addons) =>
        new CheckAddons(world.Eks, world.Time).RunAsync(new CheckAddonsInput(world.Environment, addons), TestContext.Current.CancellationToken);

    [Fact]
    public async Task RunAsync_Creating_WaitsTheExpectedRemainder()
    {
        var (world, addons) = await CreatingAsync();
        world.Time.Advance(TimeSpan.FromSeconds(45));

        var result = await CheckAsync(world, addons);

        Assert.Equal((false, 15), (result.Done, result.WaitSeconds));
    }

    [Fact]
    public async Task RunAsync_ActiveAndDegraded_DoneBecauseCorednsWaitsForNodes()
    {
        var (world, addons) = await CreatingAsync();
        world.Eks.ActivateAll();
        world.Eks.Addons[("eksprov-dev", "coredns")] = world.Eks.Addons[("eksprov-dev", "coredns")] with { Status = "DEGRADED" };

        var result = await CheckAsync(world, addons);

        Assert.True(result.Done);
        Assert.Equal(["ACTIVE", "DEGRADED"], result.Addons.Select(a => a.Status));
    }

    [Fact]
    public async Task RunAsync_CreateFailed_ThrowsResourceFailed()
    {
        var (world, addons) = await CreatingAsync();
        world.Eks.Addons[("eksprov-dev", "vpc-cni")] = world.Eks.Addons[("eksprov-dev", "vpc-cni")] with
        {
            Status = "CREATE_FAILED",
            Health = new Aws.Eks.AddonHealth { Issues = [new Aws.Eks.AddonIssue { Code = "ConfigurationConflict", Message = "conflicts found" }] },
        };

        var error = await Assert.ThrowsAsync<ResourceFailedException>(() => CheckAsync(world, addons));

        Assert.Contains("ConfigurationConflict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PastBudget_ThrowsWaitBudgetExhausted()
    {
        var (world, addons) = await CreatingAsync();
        world.Time.Advance(TimeSpan.FromSeconds((60 * 3) + 600 + 1));

        await Assert.ThrowsAsync<WaitBudgetExhaustedException>(() => CheckAsync(world, addons));
    }
}
