using Amazon.EC2;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

public class DeleteNatGatewaysTests
{
    [Fact]
    public async Task RunAsync_NatAndLeftoverInterface_DeletesBothWaitsForNat()
    {
        var world = new TestWorld();
        var resources = await world.FoundationAsync(TestContext.Current.CancellationToken);
        var leftover = world.Ec2.AddForeignInterface(resources.Network.PrivateSubnetIds[0], inUse: false);
        var busy = world.Ec2.AddForeignInterface(resources.Network.PrivateSubnetIds[1], inUse: true);
        var stage = new DeleteNatGateways(world.Ec2);

        var first = await stage.RunAsync(new TeardownInput("dev", "us-east-1", []), TestContext.Current.CancellationToken);
        world.Ec2.FinishNatDeletions();
        var done = await stage.RunAsync(new TeardownInput("dev", "us-east-1", first.Deleted), TestContext.Current.CancellationToken);

        Assert.Equal((false, 30), (first.Done, first.WaitSeconds));
        Assert.True(done.Done);
        Assert.Contains("network-interface:" + leftover.NetworkInterfaceId, done.Deleted);
        Assert.Contains("nat-gateway:" + resources.Network.NatGatewayIds[0], done.Deleted);
        Assert.True(world.Ec2.NetworkInterfaces.ContainsKey(busy.NetworkInterfaceId));
        Assert.Equal(NatGatewayState.Deleted, world.Ec2.NatGateways[resources.Network.NatGatewayIds[0]].State);
    }

    [Fact]
    public async Task RunAsync_NothingThere_Done()
    {
        var world = new TestWorld();

        var result = await new DeleteNatGateways(world.Ec2).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.Equal((true, 0), (result.Done, result.Deleted.Count));
    }
}
