using EksProvisioner.Aws.Ec2;
using EksProvisioner.Testing;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Moto;

/// <summary>The network stages against moto's EC2 (happy paths only: moto is lenient about order and states).</summary>
[Collection(MotoCollection.Name)]
public sealed class NetworkStagesMotoTests(MotoServer moto)
{
    [Fact]
    public async Task CreateNetworkThenCheckNetwork_Twice_SameIdsThenTeardownLeavesNothingTagged()
    {
        using var world = new MotoWorld(moto, "\"network\":{\"availabilityZoneCount\":2,\"natGateways\":\"single\"}");
        var ct = TestContext.Current.CancellationToken;

        var network = await new CreateNetwork(world.Ec2, TimeProvider.System, TestWorld.Names).RunAsync(world.Input, ct);
        var again = await new CreateNetwork(world.Ec2, TimeProvider.System, TestWorld.Names).RunAsync(world.Input, ct);

        Assert.Equal(Json.Of(network with { StartedAt = default }), Json.Of(again with { StartedAt = default }));
        Assert.Equal(2, network.PublicSubnetIds.Count);
        Assert.Single(network.NatGatewayIds);

        var checkedNetwork = network;
        for (var pass = 0; pass < 5 && !checkedNetwork.Done; pass++)
        {
            checkedNetwork = await new CheckNetwork(world.Ec2, TimeProvider.System, TestWorld.Names).RunAsync(new CheckNetworkInput(world.Info, world.Request, checkedNetwork), ct);
        }

        Assert.True(checkedNetwork.Done);
        Assert.Equal(2, checkedNetwork.PrivateRouteTableIds.Count);

        var nat = await new DeleteNatGateways(world.Ec2).RunAsync(world.Teardown([]), ct);
        Assert.Contains("nat-gateway:" + network.NatGatewayIds[0], nat.Deleted);
        var removed = await new DeleteNetwork(world.Ec2).RunAsync(world.Teardown([]), ct);

        Assert.Contains("vpc:" + network.VpcId, removed.Deleted);
        Assert.Equal(4, removed.Deleted.Count(d => d.StartsWith("subnet:", StringComparison.Ordinal)));
        var vpcs = await world.Ec2.DescribeVpcsAsync(
            new Amazon.EC2.Model.DescribeVpcsRequest { Filters = Ec2Tags.Owned(world.Name) }, ct);
        Assert.Empty(vpcs.Vpcs ?? []);
    }
}
