using EksProvisioner.Workflow.Tests.Teardown;

namespace EksProvisioner.Workflow.Tests.Support;

public class TeardownScopeTests
{
    [Fact]
    public async Task Rollback_OfAnotherProvisioning_LeavesTheEnvironmentIntact()
    {
        var world = new TestWorld(provisioning: "dev_up_first");
        await world.EverythingAsync(TestContext.Current.CancellationToken);
        var vpcs = world.Ec2.Vpcs.Count;

        var (result, _) = await TeardownRunner.RunAsync(world, TestContext.Current.CancellationToken, provisioning: "dev_up_second");

        Assert.Empty(result.Deleted);
        Assert.Equal("ACTIVE", world.Eks.Clusters[TestWorld.Names.For("dev").Cluster].Status);
        Assert.NotEmpty(world.Eks.Nodegroups);
        Assert.Equal(3, world.Iam.Roles.Count);
        Assert.Equal(vpcs, world.Ec2.Vpcs.Count);
    }

    [Fact]
    public async Task Rollback_OfItsOwnProvisioning_DeletesEverything()
    {
        var world = new TestWorld(provisioning: "dev_up_first");
        await world.EverythingAsync(TestContext.Current.CancellationToken);

        var (result, _) = await TeardownRunner.RunAsync(world, TestContext.Current.CancellationToken, provisioning: "dev_up_first");

        Assert.Contains("eks-cluster:" + TestWorld.Names.For("dev").Cluster, result.Deleted);
        Assert.Empty(world.Iam.Roles);
        Assert.Empty(world.Ec2.Vpcs);
    }

    [Fact]
    public async Task Teardown_WithoutProvisioning_DeletesEveryProvisioningsResources()
    {
        var world = new TestWorld(provisioning: "dev_up_first");
        await world.EverythingAsync(TestContext.Current.CancellationToken);

        await TeardownRunner.RunAsync(world, TestContext.Current.CancellationToken, provisioning: "");

        Assert.Empty(world.Eks.Clusters);
        Assert.Empty(world.Iam.Roles);
    }
}
