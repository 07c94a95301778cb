using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CreateFargateProfileTests
{
    [Fact]
    public async Task RunAsync_ActiveCluster_ProfileInPrivateSubnetsWithPodExecutionRole()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);

        var created = await new CreateFargateProfile(world.Eks, world.Time).RunAsync(
            new FargateProfileInput(world.Environment, world.Request, resources, world.Request.FargateProfiles[0]), TestContext.Current.CancellationToken);

        var stored = world.Eks.FargateProfiles[("eksprov-dev", "system")];
        Assert.Equal(stored.FargateProfileArn, created.Arn);
        Assert.Equal(resources.Network.PrivateSubnetIds, stored.Subnets);
        Assert.Equal(resources.NodeRoles.FargatePodExecutionRole!.RoleArn, stored.PodExecutionRoleArn);
        Assert.Equal("kube-system", Assert.Single(stored.Selectors!).Namespace);
        Assert.Equal(world.Environment.Tags, stored.Tags);
    }

    [Fact]
    public async Task RunAsync_Twice_OneProfile()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        var input = new FargateProfileInput(world.Environment, world.Request, resources, world.Request.FargateProfiles[0]);

        var first = await new CreateFargateProfile(world.Eks, world.Time).RunAsync(input, TestContext.Current.CancellationToken);
        var second = await new CreateFargateProfile(world.Eks, world.Time).RunAsync(input, TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Single(world.Eks.FargateProfiles);
    }
}
