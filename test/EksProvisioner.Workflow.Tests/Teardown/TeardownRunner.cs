using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Tests.Teardown;

/// <summary>Runs the teardown phases the way teardown-environment.asl.json does, finishing pending deletions between passes.</summary>
internal static class TeardownRunner
{
    public static async Task<(TeardownResult Result, Dictionary<string, PhaseResult> Phases)> RunAsync(TestWorld world, CancellationToken ct, string? provisioning = null)
    {
        var phases = new Dictionary<string, PhaseResult>(StringComparer.Ordinal);
        var stages = new (string Name, Func<TeardownInput, Task<PhaseResult>> Run)[]
        {
            ("DeleteAccessAndAddons", i => new DeleteClusterChildren(world.Eks, ClusterChild.Addons, TestWorld.Names).RunAsync(i, ct)),
            ("DeleteFargateProfiles", i => new DeleteFargateProfiles(world.Eks, TestWorld.Names).RunAsync(i, ct)),
            ("DeleteNodegroups", i => new DeleteClusterChildren(world.Eks, ClusterChild.Nodegroups, TestWorld.Names).RunAsync(i, ct)),
            ("DeleteCluster", i => new DeleteCluster(world.Eks, TestWorld.Names).RunAsync(i, ct)),
            ("DeleteNatGateways", i => new DeleteNatGateways(world.Ec2).RunAsync(i, ct)),
            ("DeleteNetwork", i => new DeleteNetwork(world.Ec2).RunAsync(i, ct)),
            ("DeleteRoles", i => new DeleteRoles(world.Iam, TestWorld.Names).RunAsync(i, ct)),
        };
        foreach (var (name, run) in stages)
        {
            IReadOnlyList<string> deleted = [];
            PhaseResult? result = null;
            for (var pass = 0; ; pass++)
            {
                Assert.True(pass < 10, $"{name} never finished");
                result = await run(new TeardownInput("dev", "us-east-1", deleted, provisioning, result?.Pass ?? 0));
                deleted = result.Deleted;
                phases[name] = result;
                if (result.Done)
                {
                    break;
                }

                Assert.InRange(result.WaitSeconds, 1, 300);
                world.Eks.FinishDeletions();
                world.Ec2.FinishNatDeletions();
            }
        }

        var verified = await new VerifyTeardown(world.Eks, world.Iam, world.Ec2, TestWorld.Names).RunAsync(new VerifyTeardownInput("dev", "us-east-1", phases, provisioning), ct);
        return (verified, phases);
    }
}
