using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CreateClusterTests
{
    [Fact]
    public async Task RunAsync_Foundation_ClusterInEveryZoneWithTagsTokenAndAccessConfig()
    {
        var world = new TestWorld();
        var resources = await world.FoundationAsync(TestContext.Current.CancellationToken);

        var cluster = await new CreateCluster(world.Eks, world.Time, TestWorld.Names).RunAsync(new ClusterStageInput(world.Environment, world.Request, resources), TestContext.Current.CancellationToken);

        var stored = world.Eks.Clusters["eksprov-dev"];
        Assert.Equal(stored.Arn, cluster.Arn);
        Assert.Equal("CREATING", cluster.Status);
        Assert.False(cluster.Done);
        Assert.Equal(TestWorld.Start, cluster.CreatedAt);
        Assert.Equal(world.Environment.Tags, stored.Tags);
        Assert.Equal(resources.ClusterRole.RoleArn, stored.RoleArn);
        Assert.Equal(world.Request.KubernetesVersion, stored.Version);
        Assert.Single(world.Eks.Tokens);
    }

    [Fact]
    public async Task RunAsync_Foundation_DoesNotMakeTheStageRoleClusterAdmin()
    {
        var world = new TestWorld();
        var resources = await world.FoundationAsync(TestContext.Current.CancellationToken);

        await new CreateCluster(world.Eks, world.Time, TestWorld.Names).RunAsync(new ClusterStageInput(world.Environment, world.Request, resources), TestContext.Current.CancellationToken);

        Assert.False(world.Eks.Clusters["eksprov-dev"].AccessConfig?.BootstrapClusterCreatorAdminPermissions);
    }

    [Fact]
    public async Task RunAsync_Twice_AdoptsItsClusterWithTheSameToken()
    {
        var world = new TestWorld();
        var resources = await world.FoundationAsync(TestContext.Current.CancellationToken);
        var stage = new CreateCluster(world.Eks, world.Time, TestWorld.Names);
        var input = new ClusterStageInput(world.Environment, world.Request, resources);

        var first = await stage.RunAsync(input, TestContext.Current.CancellationToken);
        world.Time.Advance(TimeSpan.FromSeconds(30));
        var second = await stage.RunAsync(input, TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Single(world.Eks.Clusters);
        Assert.Equal(2, world.Eks.Tokens.Count);
        Assert.Single(world.Eks.Tokens.Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ClusterNameTakenByUntaggedCluster_ThrowsOwnershipConflict()
    {
        var world = new TestWorld();
        var resources = await world.FoundationAsync(TestContext.Current.CancellationToken);
        world.Eks.Clusters["eksprov-dev"] = new Cluster { Name = "eksprov-dev", Arn = "arn:aws:eks:us-east-1:123456789012:cluster/eksprov-dev", Status = "ACTIVE" };

        await Assert.ThrowsAsync<ResourceOwnershipConflictException>(() =>
            new CreateCluster(world.Eks, world.Time, TestWorld.Names).RunAsync(new ClusterStageInput(world.Environment, world.Request, resources), TestContext.Current.CancellationToken));
    }
}
