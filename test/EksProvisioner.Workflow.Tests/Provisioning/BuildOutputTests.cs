using EksProvisioner.Core.Planning;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class BuildOutputTests
{
    [Fact]
    public async Task RunAsync_EverythingActive_KubeconfigResourcesExpiryAndTimings()
    {
        var world = new TestWorld();
        var (resources, capacity) = await world.EverythingAsync(TestContext.Current.CancellationToken);
        world.Time.Advance(TimeSpan.FromMinutes(16));

        var output = await new BuildOutput(world.Time, TestWorld.Names).RunAsync(
            new BuildOutputInput(world.Environment, world.Request, resources, capacity, TestWorld.Start), TestContext.Current.CancellationToken);

        Assert.Equal("eksprov-dev", output.ClusterName);
        Assert.Equal(resources.Cluster!.Endpoint, output.Endpoint);
        Assert.Contains("get-token", output.Kubeconfig, StringComparison.Ordinal);
        Assert.Contains(output.ClusterArn, output.Kubeconfig, StringComparison.Ordinal);
        Assert.Equal(TestWorld.Start.AddHours(8), output.ExpiresAt);
        Assert.Equal(16 * 60, output.Timings.TotalSeconds);
        var byType = output.Resources.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(3, byType[ResourceTypes.IamRole]);
        Assert.Equal(4, byType[ResourceTypes.Subnet]);
        Assert.Equal(3, byType[ResourceTypes.RouteTable]);
        Assert.Equal(1, byType[ResourceTypes.NatGateway]);
        Assert.Equal(1, byType[ResourceTypes.Nodegroup]);
        Assert.Equal(1, byType[ResourceTypes.FargateProfile]);
        Assert.Equal(2, byType[ResourceTypes.Addon]);
        Assert.Equal(1, byType[ResourceTypes.AccessEntry]);
        Assert.Equal(1, byType[ResourceTypes.Cluster]);
    }
}
