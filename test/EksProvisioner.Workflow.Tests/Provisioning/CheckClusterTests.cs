using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CheckClusterTests
{
    private static async Task<(TestWorld World, ClusterInfo Cluster)> CreatingAsync()
    {
        var world = new TestWorld();
        var resources = await world.FoundationAsync(TestContext.Current.CancellationToken);
        var cluster = await new CreateCluster(world.Eks, world.Time, TestWorld.Names).RunAsync(new ClusterStageInput(world.Environment, world.Request, resources), TestContext.Current.CancellationToken);
        return (world, cluster);
    }

    private static Task<ClusterInfo> CheckAsync(TestWorld world, ClusterInfo cluster) =>
        new CheckCluster(world.Eks, world.Time).RunAsync(new CheckClusterInput(world.Environment, world.Request, cluster), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(10, 300)]
    [InlineData(450, 150)]
    [InlineData(700, 30)]
    public async Task RunAsync_Creating_WaitsFromTheLatencyTable(int elapsed, int expectedWait)
    {
        var (world, cluster) = await CreatingAsync();
        world.Time.Advance(TimeSpan.FromSeconds(elapsed));

        var result = await CheckAsync(world, cluster);

        Assert.False(result.Done);
        Assert.Equal(expectedWait, result.WaitSeconds);
    }

    [Fact]
    public async Task RunAsync_Active_DoneWithEndpointAndCertificate()
    {
        var (world, cluster) = await CreatingAsync();
        world.Eks.ActivateAll();

        var result = await CheckAsync(world, cluster);

        Assert.True(result.Done);
        Assert.Equal("ACTIVE", result.Status);
        Assert.StartsWith("https://", result.Endpoint, StringComparison.Ordinal);
        Assert.NotNull(result.CertificateAuthorityData);
    }

    [Fact]
    public async Task RunAsync_Failed_ThrowsResourceFailedWithHealthIssues()
    {
        var (world, cluster) = await CreatingAsync();
        world.Eks.Clusters["eksprov-dev"] = world.Eks.Clusters["eksprov-dev"] with
        {
            Status = "FAILED",
            Health = new Aws.Eks.ClusterHealth { Issues = [new Aws.Eks.ClusterIssue { Code = "Ec2SubnetNotFound", Message = "subnet-1 not found" }] },
        };

        var error = await Assert.ThrowsAsync<ResourceFailedException>(() => CheckAsync(world, cluster));

        Assert.Contains("Ec2SubnetNotFound: subnet-1 not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CreatingPastBudget_ThrowsWaitBudgetExhausted()
    {
        var (world, cluster) = await CreatingAsync();
        world.Time.Advance(TimeSpan.FromSeconds((600 * 3) + 600 + 1));

        await Assert.ThrowsAsync<WaitBudgetExhaustedException>(() => CheckAsync(world, cluster));
    }
}
