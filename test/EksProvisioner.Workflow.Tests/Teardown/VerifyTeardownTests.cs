using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

public class VerifyTeardownTests
{
    [Fact]
    public async Task RunAsync_AfterEveryPhase_NothingTaggedRemainsAndEverythingIsListed()
    {
        var world = new TestWorld();
        await world.EverythingAsync(TestContext.Current.CancellationToken);

        var (result, _) = await TeardownRunner.RunAsync(world, TestContext.Current.CancellationToken);

        Assert.Empty(world.Ec2.Tagged("dev"));
        Assert.Empty(world.Iam.Roles);
        Assert.Empty(world.Eks.Clusters);
        Assert.Contains("eks-cluster:eksprov-dev", result.Deleted);
        Assert.Contains("nodegroup:eksprov-dev/workers", result.Deleted);
        Assert.Contains("fargate-profile:eksprov-dev/system", result.Deleted);
        Assert.Contains("addon:eksprov-dev/coredns", result.Deleted);
        Assert.Contains("iam-role:eksprov-dev-use1-fargate", result.Deleted);
        Assert.Equal(4, result.Deleted.Count(d => d.StartsWith("subnet:", StringComparison.Ordinal)));
        Assert.Equal(3, result.Deleted.Count(d => d.StartsWith("route-table:", StringComparison.Ordinal)));
        Assert.Single(result.Deleted, d => d.StartsWith("vpc:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Teardown_DeletesInEksctlsOrder()
    {
        var world = new TestWorld();
        await world.EverythingAsync(TestContext.Current.CancellationToken);

        await TeardownRunner.RunAsync(world, TestContext.Current.CancellationToken);

        var eks = world.Eks.Calls;
        int First(List<string> calls, string prefix) => calls.FindIndex(c => c.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(First(eks, "DeleteAddon") < First(eks, "DeleteFargateProfile"));
        Assert.True(First(eks, "DeleteFargateProfile") < First(eks, "DeleteNodegroup"));
        Assert.True(First(eks, "DeleteNodegroup") < First(eks, "DeleteCluster"));
        var ec2 = world.Ec2.Calls;
        Assert.True(First(ec2, "DeleteNatGateway") < First(ec2, "ReleaseAddress"));
        Assert.True(First(ec2, "DeleteSubnet") < First(ec2, "DeleteVpc"));
        Assert.True(First(ec2, "DetachInternetGateway") < First(ec2, "DeleteInternetGateway"));
    }

    [Fact]
    public async Task RunAsync_SecondTeardown_FindsNothingAndSucceeds()
    {
        var world = new TestWorld();
        await world.EverythingAsync(TestContext.Current.CancellationToken);
        await TeardownRunner.RunAsync(world, TestContext.Current.CancellationToken);

        var (again, phases) = await TeardownRunner.RunAsync(world, TestContext.Current.CancellationToken);

        Assert.Empty(again.Deleted);
        Assert.All(phases.Values, p => Assert.True(p.Done));
    }

    [Fact]
    public async Task RunAsync_SomethingRemains_ThrowsTeardownIncompleteListingIt()
    {
        var world = new TestWorld();
        var resources = await world.FoundationAsync(TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<TeardownIncompleteException>(() =>
            new VerifyTeardown(world.Eks, world.Iam, world.Ec2, TestWorld.Names).RunAsync(new VerifyTeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken));

        Assert.Contains("vpc:" + resources.Network.VpcId, error.Message, StringComparison.Ordinal);
        Assert.Contains("iam-role:eksprov-dev-use1-cluster", error.Message, StringComparison.Ordinal);
        Assert.Contains("nat-gateway:" + resources.Network.NatGatewayIds[0], error.Message, StringComparison.Ordinal);
    }
}
