using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;
using EksProvisioner.Workflow.Tests.Fakes;

namespace EksProvisioner.Workflow.Tests.Teardown;

public class DeleteRolesTests
{
    [Fact]
    public async Task RunAsync_RolesWithPolicies_DetachesAndDeletesPoliciesFirst()
    {
        var world = new TestWorld();
        await world.FoundationAsync(TestContext.Current.CancellationToken);
        await world.Iam.PutRolePolicyAsync(
            new Aws.Iam.PutRolePolicyRequest { RoleName = "eksprov-dev-use1-node", PolicyName = "extra", PolicyDocument = "{}" }, TestContext.Current.CancellationToken);

        var result = await new DeleteRoles(world.Iam, TestWorld.Names).RunAsync(new TeardownInput("dev", "us-east-1", []), TestContext.Current.CancellationToken);

        Assert.Empty(world.Iam.Roles);
        Assert.Equal(["iam-role:eksprov-dev-use1-cluster", "iam-role:eksprov-dev-use1-node", "iam-role:eksprov-dev-use1-fargate"], result.Deleted);
        var calls = world.Iam.Calls;
        Assert.True(calls.IndexOf("DeleteRolePolicy eksprov-dev-use1-node extra") < calls.IndexOf("DeleteRole eksprov-dev-use1-node"));
        Assert.True(calls.FindIndex(c => c.StartsWith("DetachRolePolicy eksprov-dev-use1-node", StringComparison.Ordinal)) < calls.IndexOf("DeleteRole eksprov-dev-use1-node"));
    }

    [Fact]
    public async Task RunAsync_SameNamedRoleWithoutOurTag_LeftAlone()
    {
        var world = new TestWorld();
        world.Iam.Roles["eksprov-dev-use1-cluster"] = new FakeRole("eksprov-dev-use1-cluster", "arn:x", "{}");

        var result = await new DeleteRoles(world.Iam, TestWorld.Names).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.True(result.Done);
        Assert.Empty(result.Deleted);
        Assert.True(world.Iam.Roles.ContainsKey("eksprov-dev-use1-cluster"));
    }
}
