using Amazon.EC2;
using EksProvisioner.Workflow.Provisioning;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CreateNetworkTests
{
    private static string? Tag(List<Amazon.EC2.Model.Tag> tags, string key) => tags.FirstOrDefault(t => t.Key == key)?.Value;

    [Fact]
    public async Task RunAsync_NewEnvironment_VpcSubnetsGatewayRoutesAndNatAllTaggedAtCreation()
    {
        var world = new TestWorld();

        var network = await new CreateNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        var ec2 = world.Ec2;
        Assert.Equal((true, true), ec2.VpcDns[network.VpcId]);
        Assert.Equal(["us-east-1a", "us-east-1b"], network.Zones);
        for (var i = 0; i < 2; i++)
        {
            var pub = ec2.Subnets[network.PublicSubnetIds[i]];
            var priv = ec2.Subnets[network.PrivateSubnetIds[i]];
            Assert.Equal(world.Request.Network.PublicSubnetCidrs[i], pub.CidrBlock);
            Assert.Equal(world.Request.Network.PrivateSubnetCidrs[i], priv.CidrBlock);
            Assert.Equal(network.Zones[i], pub.AvailabilityZone);
            Assert.Equal(network.Zones[i], priv.AvailabilityZone);
            Assert.Equal("1", Tag(pub.Tags, "kubernetes.io/role/elb"));
            Assert.Equal("1", Tag(priv.Tags, "kubernetes.io/role/internal-elb"));
            Assert.Equal("shared", Tag(pub.Tags, "kubernetes.io/cluster/eksprov-dev"));
            Assert.True(pub.MapPublicIpOnLaunch);
            Assert.False(priv.MapPublicIpOnLaunch);
        }

        Assert.Equal(network.VpcId, Assert.Single(ec2.InternetGateways[network.InternetGatewayId].Attachments).VpcId);
        var publicTable = ec2.RouteTables[network.PublicRouteTableId];
        Assert.Equal(network.InternetGatewayId, Assert.Single(publicTable.Routes, r => r.DestinationCidrBlock == "0.0.0.0/0").GatewayId);
        Assert.Equal(network.PublicSubnetIds.Order(), publicTable.Associations.Select(a => a.SubnetId).Order());
        Assert.Equal(network.PublicSubnetIds[0], ec2.NatGateways[Assert.Single(network.NatGatewayIds)].SubnetId);
        Assert.Single(network.AllocationIds);
        Assert.False(network.Done);

        // Everything we made is found by our tag, and carries the user's tags too.
        var tagged = ec2.Tagged("dev");
        Assert.Equal(1 + 4 + 1 + 1 + 1 + 1 + 1, tagged.Count);
        Assert.Equal("platform", Tag(ec2.Vpcs[network.VpcId].Tags, "team"));
        Assert.Equal("eksprov-dev-nat-1", Tag(ec2.NatGateways[network.NatGatewayIds[0]].Tags, "Name"));
    }

    [Fact]
    public async Task RunAsync_Twice_FindsWhatItMadeAndCreatesNothingNew()
    {
        var world = new TestWorld();
        var stage = new CreateNetwork(world.Ec2, world.Time, TestWorld.Names);

        var first = await stage.RunAsync(world.Input, TestContext.Current.CancellationToken);
        var creates = world.Ec2.Calls.Count(c => c.StartsWith("Create", StringComparison.Ordinal) || c.StartsWith("Allocate", StringComparison.Ordinal));
        var second = await stage.RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(Json.Of(first), Json.Of(second));
        Assert.Equal(creates, world.Ec2.Calls.Count(c => c.StartsWith("Create", StringComparison.Ordinal) || c.StartsWith("Allocate", StringComparison.Ordinal)));
        Assert.Single(world.Ec2.Vpcs);
    }

    [Theory]
    [InlineData("perAz", 3)]
    [InlineData("none", 0)]
    public async Task RunAsync_NatPolicy_OneNatPerZoneOrNone(string policy, int expectedNats)
    {
        var world = new TestWorld($$$"""{"name":"dev","network":{"availabilityZoneCount":3,"natGateways":"{{{policy}}}"}}""");

        var network = await new CreateNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(expectedNats, network.NatGatewayIds.Count);
        Assert.Equal(expectedNats, world.Ec2.Addresses.Count);
        Assert.Equal(network.PublicSubnetIds.Take(expectedNats), network.NatGatewayIds.Select(n => world.Ec2.NatGateways[n].SubnetId));
    }

    [Fact]
    public async Task RunAsync_ThreeZonesInUsEast1_SkipsTheZoneEksRejects()
    {
        var world = new TestWorld("""{"name":"dev","network":{"availabilityZoneCount":3}}""");

        var network = await new CreateNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1d"], network.Zones);
    }

    [Fact]
    public async Task RunAsync_SecurityGroupNameTakenByUntaggedGroup_ThrowsOwnershipConflict()
    {
        var world = new TestWorld();
        var network = await new CreateNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);
        world.Ec2.SecurityGroups[network.SecurityGroupId].Tags.Clear();

        await Assert.ThrowsAsync<Core.Errors.ResourceOwnershipConflictException>(() =>
            new CreateNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_NatCreatedAt_StartsTheWaitBudgetFromEc2()
    {
        var world = new TestWorld();

        var network = await new CreateNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        Assert.Equal(TestWorld.Start, network.StartedAt);
        Assert.Equal(NatGatewayState.Pending, world.Ec2.NatGateways[network.NatGatewayIds[0]].State);
        Assert.Equal(WaitMath.MinSeconds, network.WaitSeconds);
    }
}
