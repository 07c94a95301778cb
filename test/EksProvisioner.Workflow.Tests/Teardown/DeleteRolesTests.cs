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
            new Aws.Iam.PutRolePolicyRequest { RoleName = "eksprov-dev-node", PolicyName = "extra", PolicyDocument = "{}" }, TestContext.Current.CancellationToken);

        var result = await new DeleteRoles(world.Iam).RunAsync(new TeardownInput("dev", "us-east-1", []), TestContext.Current.CancellationToken);

        Assert.Empty(world.Iam.Roles);
        Assert.Equal(["iam-role:eksprov-dev-cluster", "iam-role:eksprov-dev-node", "iam-role:eksprov-dev-fargate"], result.Deleted);
        var calls = world.Iam.Calls;
        Assert.True(calls.IndexOf("DeleteRolePolicy eksprov-dev-node extra") < calls.IndexOf("DeleteRole eksprov-dev-node"));
        Assert.True(calls.FindIndex(c => c.StartsWith("DetachRolePolicy eksprov-dev-node", StringComparison.Ordinal)) < calls.IndexOf("DeleteRole eksprov-dev-node"));
    }

    [Fact]
    public async Task RunAsync_SameNamedRoleWithoutOurTag_LeftAlone()
    {
        var world = new TestWorld();
        world.Iam.Roles["eksprov-dev-cluster"] = new FakeRole("eksprov-dev-cluster", "arn:x", "{}");

        var result = await new DeleteRoles(world.Iam).RunAsync(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        Assert.True(result.Done);
        Assert.Empty(result.Deleted);
        Assert.True(world.Iam.Roles.ContainsKey("eksprov-dev-cluster"));
    }
}
