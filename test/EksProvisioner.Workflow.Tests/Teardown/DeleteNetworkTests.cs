using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

public class DeleteNetworkTests
{
    private static async Task<(TestWorld World, ResourcesInfo Resources)> WithoutNatAsync()
    {
        var world = new TestWorld();
        var resources = await world.FoundationAsync(TestContext.Current.CancellationToken);
        world.Ec2.DeleteImmediately = true;
        await new DeleteNatGateways(world.Ec2).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);
        return (world, resources);
    }

    [Fact]
    public async Task RunAsync_AfterNat_RemovesEverythingTaggedAndForeignGroupsInOurVpc()
    {
        var (world, resources) = await WithoutNatAsync();
        var foreign = await world.Ec2.CreateSecurityGroupAsync(
            new Amazon.EC2.Model.CreateSecurityGroupRequest { GroupName = "k8s-elb", Description = "made by Kubernetes", VpcId = resources.Network.VpcId },
            TestContext.Current.CancellationToken);

        var result = await new DeleteNetwork(world.Ec2).RunAsync(new TeardownInput("dev", "us-east-1", []), TestContext.Current.CancellationToken);

        Assert.True(result.Done);
        Assert.Empty(world.Ec2.Tagged("dev"));
        Assert.Empty(world.Ec2.Vpcs);
        Assert.Contains("security-group:" + foreign.GroupId, result.Deleted);
        Assert.Contains("elastic-ip:" + resources.Network.AllocationIds[0], result.Deleted);
    }

    [Fact]
    public async Task RunAsync_InterfaceStillInUse_DeletesTheRestAndPassesAgain()
    {
        var (world, resources) = await WithoutNatAsync();
        var blockedSubnet = resources.Network.PrivateSubnetIds[0];
        world.Ec2.AddForeignInterface(blockedSubnet, inUse: true);

        var result = await new DeleteNetwork(world.Ec2).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.False(result.Done);
        Assert.Equal(TeardownWaits.DependencySeconds, result.WaitSeconds);
        Assert.Equal(1, result.Pass);
        Assert.Contains(result.Blocked!, b => b.StartsWith("subnet:" + blockedSubnet + ": ", StringComparison.Ordinal));
        Assert.Contains("subnet:" + resources.Network.PublicSubnetIds[0], result.Deleted);
        Assert.Contains(result.Deleted, d => d.StartsWith("route-table:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_StillRefusedOnTheLastPass_IsDoneAndReportsWhy()
    {
        var (world, resources) = await WithoutNatAsync();
        world.Ec2.AddForeignInterface(resources.Network.PrivateSubnetIds[0], inUse: true);

        var result = await new DeleteNetwork(world.Ec2).RunAsync(
            new TeardownInput("dev", "us-east-1", null, null, TeardownWaits.DependencyPasses - 1), TestContext.Current.CancellationToken);

        Assert.True(result.Done);
        Assert.Contains(result.Blocked!, b => b.StartsWith("subnet:" + resources.Network.PrivateSubnetIds[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Twice_SecondFindsNothing()
    {
        var (world, _) = await WithoutNatAsync();
        await new DeleteNetwork(world.Ec2).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        var again = await new DeleteNetwork(world.Ec2).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.True(again.Done);
        Assert.Empty(again.Deleted);
    }
}
