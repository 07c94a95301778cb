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
    public Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default) =>
        ClusterChildren.DeleteAllAsync(eks, input, Nodegroups, cancellationToken);

    private ClusterChild Nodegroups => new(
        "nodegroup",
        eks.ListAllNodegroupsAsync,
        async (cluster, name, ct) => (await eks.DescribeNodegroupAsync(new DescribeNodegroupRequest { ClusterName = cluster, NodegroupName = name }, ct)).Nodegroup?.Status,
        (cluster, name, ct) => eks.DeleteNodegroupAsync(new DeleteNodegroupRequest { ClusterName = cluster, NodegroupName = name }, ct),
        TeardownWaits.NodegroupSeconds);
}
