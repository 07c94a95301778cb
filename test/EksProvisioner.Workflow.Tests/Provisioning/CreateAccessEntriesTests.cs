using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class CreateAccessEntriesTests
{
    private const string Admin = "arn:aws:iam::123456789012:role/admin";

    [Fact]
    public async Task RunAsync_AdminPrincipal_EntryTaggedAndClusterAdminPolicyAtClusterScope()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);

        var result = await new CreateAccessEntries(world.Eks).RunAsync(new ClusterStageInput(world.Environment, world.Request, resources), TestContext.Current.CancellationToken);

        var entry = Assert.Single(result.Entries);
        Assert.Equal(Admin, entry.PrincipalArn);
        Assert.NotNull(entry.AccessEntryArn);
        Assert.Equal(world.Environment.Tags, world.Eks.AccessEntries[("eksprov-dev", Admin)].Tags);
        Assert.Equal(("eksprov-dev", Admin, "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"), Assert.Single(world.Eks.AccessPolicies));
    }

    [Fact]
    public async Task RunAsync_Twice_OneEntryOnePolicy()
    {
        var world = new TestWorld();
        var resources = await world.ClusterAsync(TestContext.Current.CancellationToken);
        var input = new ClusterStageInput(world.Environment, world.Request, resources);

        await new CreateAccessEntries(world.Eks).RunAsync(input, TestContext.Current.CancellationToken);
        var second = await new CreateAccessEntries(world.Eks).RunAsync(input, TestContext.Current.CancellationToken);

        Assert.Single(world.Eks.AccessEntries);
        Assert.Single(world.Eks.AccessPolicies);
        Assert.Equal(Admin, Assert.Single(second.Entries).PrincipalArn);
    }
}
