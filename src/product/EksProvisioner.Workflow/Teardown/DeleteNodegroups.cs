using EksProvisioner.Aws.Eks;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteNodegroups: asks EKS to delete every node group of the cluster (all at once,
/// EKS allows it) and reports done when none is left. A node group EKS will not delete yet (still
/// creating) is asked again on the next pass.
/// </summary>
public sealed class DeleteNodegroups(IEksClient eks)
{
    public async Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cluster = await EksOwnership.OwnedClusterAsync(eks, input.EnvironmentName, cancellationToken);
        if (cluster?.Name is not { } clusterName)
        {
            return new PhaseResult(true, 0, TeardownItems.Merge(input.Deleted, []));
        }

        return await ClusterChildren.DeleteAllAsync(
            input,
            "nodegroup",
            clusterName,
            eks.ListAllNodegroupsAsync(clusterName, cancellationToken),
            async (name, ct) => (await eks.DescribeNodegroupAsync(new DescribeNodegroupRequest { ClusterName = clusterName, NodegroupName = name }, ct)).Nodegroup?.Status,
            (name, ct) => eks.DeleteNodegroupAsync(new DeleteNodegroupRequest { ClusterName = clusterName, NodegroupName = name }, ct),
            TeardownWaits.NodegroupSeconds,
            cancellationToken);
    }
}
