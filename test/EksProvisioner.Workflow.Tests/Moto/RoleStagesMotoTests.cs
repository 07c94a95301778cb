using EksProvisioner.Aws.Iam;
using EksProvisioner.Testing;
using EksProvisioner.Workflow.Provisioning;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Moto;

/// <summary>The IAM role stages against moto's IAM (happy paths only: moto is lenient).</summary>
[Collection(MotoCollection.Name)]
public sealed class RoleStagesMotoTests(MotoServer moto)
{
    [Fact]
    public async Task CreateRoles_Twice_SameRolesTaggedWithPoliciesThenDeleteRolesRemovesThem()
    {
        using var world = new MotoWorld(moto, "\"fargateProfiles\":[{\"name\":\"system\",\"selectors\":[{\"namespace\":\"kube-system\"}]}]");
        var iam = world.Factory.CreateIam();
        var ct = TestContext.Current.CancellationToken;

        var cluster = await new CreateClusterRole(iam, TestWorld.Names).RunAsync(world.Input, ct);
        var nodes = await new CreateNodeRoles(iam, TestWorld.Names).RunAsync(world.Input, ct);
        var clusterAgain = await new CreateClusterRole(iam, TestWorld.Names).RunAsync(world.Input, ct);
        var nodesAgain = await new CreateNodeRoles(iam, TestWorld.Names).RunAsync(world.Input, ct);

        Assert.Equal(cluster, clusterAgain);
        Assert.Equal(nodes, nodesAgain);
        var tags = new List<Tag>();
        await foreach (var tag in iam.ListAllRoleTagsAsync(cluster.RoleName, ct))
        {
            tags.Add(tag);
        }

        Assert.Contains(tags, t => t.Key == "eksprov:environment" && t.Value == world.Name);
        var attached = new List<string>();
        await foreach (var policy in iam.ListAllAttachedRolePoliciesAsync(nodes.NodeRole.RoleName, ct))
        {
            attached.Add(policy.PolicyArn!);
        }

        Assert.Equal(3, attached.Count);

        var deleted = await new DeleteRoles(iam, TestWorld.Names).RunAsync(world.Teardown(), ct);

        Assert.Equal(3, deleted.Deleted.Count);
        Assert.Empty((await new DeleteRoles(iam, TestWorld.Names).RunAsync(world.Teardown(), ct)).Deleted);
    }
}
