using Amazon.EC2;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CheckNetworkTests
{
    private static async Task<(TestWorld World, NetworkState Network)> CreatedAsync(string? request = null)
    {
        var world = request is null ? new TestWorld() : new TestWorld(request);
        var network = await new CreateNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);
        return (world, network);
    }

    [Fact]
    public async Task RunAsync_NatPending_WaitsTheExpectedRemainder()
    {
        var (world, network) = await CreatedAsync();
        world.Time.Advance(TimeSpan.FromSeconds(20));

        var result = await new CheckNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(new CheckNetworkInput(world.Environment, world.Request, network), TestContext.Current.CancellationToken);

        Assert.False(result.Done);
        Assert.Equal(70, result.WaitSeconds);
        Assert.Empty(result.PrivateRouteTableIds);
    }

    [Fact]
    public async Task RunAsync_NatAvailable_PrivateRouteTablesToTheNatPerZone()
    {
        var (world, network) = await CreatedAsync();
        world.Ec2.MakeNatGatewaysAvailable();

        var result = await new CheckNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(new CheckNetworkInput(world.Environment, world.Request, network), TestContext.Current.CancellationToken);

        Assert.True(result.Done);
        Assert.Equal(2, result.PrivateRouteTableIds.Count);
        for (var i = 0; i < 2; i++)
        {
            var table = world.Ec2.RouteTables[result.PrivateRouteTableIds[i]];
            Assert.Equal(network.NatGatewayIds[0], Assert.Single(table.Routes).NatGatewayId);
            Assert.Equal(network.PrivateSubnetIds[i], Assert.Single(table.Associations).SubnetId);
            Assert.Equal("dev", table.Tags.Single(t => t.Key == "eksprov:environment").Value);
        }
    }

    [Fact]
    public async Task RunAsync_Twice_NoDuplicateTablesRoutesOrAssociations()
    {
        var (world, network) = await CreatedAsync();
        world.Ec2.MakeNatGatewaysAvailable();
        var stage = new CheckNetwork(world.Ec2, world.Time, TestWorld.Names);
        var input = new CheckNetworkInput(world.Environment, world.Request, network);

        var first = await stage.RunAsync(input, TestContext.Current.CancellationToken);
        var calls = world.Ec2.Calls.Count;
        var second = await stage.RunAsync(input, TestContext.Current.CancellationToken);

        Assert.Equal(Json.Of(first), Json.Of(second));
        Assert.Equal(calls, world.Ec2.Calls.Count);
    }

    [Fact]
    public async Task RunAsync_PerAzNat_EachZoneRoutesToItsOwnNat()
    {
        var (world, network) = await CreatedAsync("""{"name":"dev","network":{"availabilityZoneCount":2,"natGateways":"perAz"}}""");
        world.Ec2.MakeNatGatewaysAvailable();

        var result = await new CheckNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(new CheckNetworkInput(world.Environment, world.Request, network), TestContext.Current.CancellationToken);

        Assert.Equal(network.NatGatewayIds, result.PrivateRouteTableIds.Select(t => world.Ec2.RouteTables[t].Routes.Single().NatGatewayId));
    }

    [Fact]
    public async Task RunAsync_NoNat_DoneAtOnceWithLocalOnlyPrivateTables()
    {
        var (world, network) = await CreatedAsync("""{"name":"dev","network":{"natGateways":"none"}}""");

        var result = await new CheckNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(new CheckNetworkInput(world.Environment, world.Request, network), TestContext.Current.CancellationToken);

        Assert.True(result.Done);
        Assert.All(result.PrivateRouteTableIds, t => Assert.Empty(world.Ec2.RouteTables[t].Routes));
    }

    [Fact]
    public async Task RunAsync_NatFailed_ThrowsResourceFailedWithEc2sReason()
    {
        var (world, network) = await CreatedAsync();
        var nat = world.Ec2.NatGateways[network.NatGatewayIds[0]];
        nat.State = NatGatewayState.Failed;
        nat.FailureMessage = "Elastic IP address is already associated";

        var error = await Assert.ThrowsAsync<ResourceFailedException>(() =>
            new CheckNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(new CheckNetworkInput(world.Environment, world.Request, network), TestContext.Current.CancellationToken));

        Assert.Contains("already associated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NatPendingPastBudget_ThrowsWaitBudgetExhausted()
    {
        var (world, network) = await CreatedAsync();
        world.Time.Advance(TimeSpan.FromSeconds((90 * 3) + 600 + 1));

        await Assert.ThrowsAsync<WaitBudgetExhaustedException>(() =>
            new CheckNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(new CheckNetworkInput(world.Environment, world.Request, network), TestContext.Current.CancellationToken));
    }
}
