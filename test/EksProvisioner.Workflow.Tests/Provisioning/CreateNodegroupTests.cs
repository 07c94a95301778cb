using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CreateNodegroupTests
{
    [Fact]
    public async Task RunAsync_ActiveCluster_NodegroupInPrivateSubnetsTaggedWithToken()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        var spec = world.Request.NodeGroups[0];

        var created = await new CreateNodegroup(world.Eks, world.Time).RunAsync(new NodegroupInput(world.Environment, world.Request, resources, spec), TestContext.Current.CancellationToken);

        var stored = world.Eks.Nodegroups[("eksprov-dev", "workers")];
        Assert.Equal(stored.NodegroupArn, created.Arn);
        Assert.Equal("eksprov-dev", created.ClusterName);
        Assert.Equal(resources.Network.PrivateSubnetIds, stored.Subnets);
        Assert.Equal(resources.NodeRoles.NodeRole.RoleArn, stored.NodeRole);
        Assert.Equal(world.Environment.Tags, stored.Tags);
        Assert.Equal(2, stored.ScalingConfig?.DesiredSize);
    }

    [Fact]
    public async Task RunAsync_NoNat_NodesGoToPublicSubnets()
    {
        var world = new TestWorld("""{"name":"dev","network":{"natGateways":"none"},"nodeGroups":[{"name":"workers"}]}""");
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);

        await new CreateNodegroup(world.Eks, world.Time).RunAsync(new NodegroupInput(world.Environment, world.Request, resources, world.Request.NodeGroups[0]), TestContext.Current.CancellationToken);

        Assert.Equal(resources.Network.PublicSubnetIds, world.Eks.Nodegroups[("eksprov-dev", "workers")].Subnets);
    }

    [Fact]
    public async Task RunAsync_Twice_OneNodegroup()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        var input = new NodegroupInput(world.Environment, world.Request, resources, world.Request.NodeGroups[0]);
        var stage = new CreateNodegroup(world.Eks, world.Time);

        var first = await stage.RunAsync(input, TestContext.Current.CancellationToken);
        var second = await stage.RunAsync(input, TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Single(world.Eks.Nodegroups);
    }

    [Fact]
    public async Task RunAsync_NodegroupOfAnotherEnvironment_ThrowsOwnershipConflict()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        world.Eks.Nodegroups[("eksprov-dev", "workers")] = new Nodegroup
        {
            ClusterName = "eksprov-dev",
            NodegroupName = "workers",
            NodegroupArn = "arn:ng",
            Tags = new Dictionary<string, string> { ["eksprov:environment"] = "other" },
        };

        await Assert.ThrowsAsync<ResourceOwnershipConflictException>(() =>
            new CreateNodegroup(world.Eks, world.Time).RunAsync(new NodegroupInput(world.Environment, world.Request, resources, world.Request.NodeGroups[0]), TestContext.Current.CancellationToken));
    }
}
