using Amazon.EC2;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Teardown;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown's last stage: searches again by tag and deterministic name (within the teardown's scope) and
/// fails with TeardownIncompleteException listing whatever still exists and, for what AWS refused to
/// delete, why; otherwise reports everything deleted.
/// </summary>
public sealed class VerifyTeardown(IEksClient eks, IIamClient iam, IEc2Client ec2, NameScope scope)
{
    /// <summary>The phases in the order the teardown state machine runs them.</summary>
    public static IReadOnlyList<string> PhaseOrder { get; } =
        ["DeleteAccessAndAddons", "DeleteFargateProfiles", "DeleteNodegroups", "DeleteCluster", "DeleteNatGateways", "DeleteNetwork", "DeleteRoles"];

    public async Task<TeardownResult> RunAsync(VerifyTeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var env = input.EnvironmentName;
        var within = TeardownScope.Of(input);
        var ct = cancellationToken;
        var remaining = new List<string>();
        if (await EksOwnership.OwnedClusterAsync(eks, scope.For(env), within, ct) is { } cluster)
        {
            remaining.Add($"eks-cluster:{cluster.Name} ({cluster.Status})");
        }

        foreach (var role in scope.For(env).Roles)
        {
            if (await DeleteRoles.IsOwnedAsync(iam, role, within, ct))
            {
                remaining.Add("iam-role:" + role);
            }
        }

        remaining.AddRange((await NetworkFinder.NatGatewaysAsync(ec2, within.Ec2Filters(), ct))
            .Where(n => n.State != NatGatewayState.Deleted && n.State != NatGatewayState.Failed)
            .Select(n => $"nat-gateway:{n.NatGatewayId} ({n.State?.Value})"));
        remaining.AddRange((await NetworkFinder.AddressesAsync(ec2, within.Ec2Filters(), ct)).Select(a => "elastic-ip:" + a.AllocationId));
        remaining.AddRange((await NetworkFinder.InternetGatewaysAsync(ec2, within.Ec2Filters(), ct)).Select(g => "internet-gateway:" + g.InternetGatewayId));
        remaining.AddRange((await NetworkFinder.SubnetsAsync(ec2, within.Ec2Filters(), ct)).Select(s => "subnet:" + s.SubnetId));
        remaining.AddRange((await NetworkFinder.RouteTablesAsync(ec2, within.Ec2Filters(), ct)).Select(t => "route-table:" + t.RouteTableId));
        remaining.AddRange((await NetworkFinder.SecurityGroupsAsync(ec2, within.Ec2Filters(), ct)).Select(g => "security-group:" + g.GroupId));
        remaining.AddRange((await NetworkFinder.VpcsAsync(ec2, within.Ec2Filters(), ct)).Select(v => "vpc:" + v.VpcId));
        var phases = input.Phases ?? new Dictionary<string, PhaseResult>();
        if (remaining.Count > 0)
        {
            throw new TeardownIncompleteException(TeardownReport.Message(env, remaining, [.. phases.Values.SelectMany(p => p.Blocked ?? [])]));
        }

        var ordered = PhaseOrder.Where(phases.ContainsKey).Concat(phases.Keys.Where(k => !PhaseOrder.Contains(k)));
        var deleted = TeardownItems.Merge([], ordered.SelectMany(p => phases[p].Deleted ?? []));
        return new TeardownResult(env, input.Region, deleted);
    }
}
