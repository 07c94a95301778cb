using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
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

        var deleted = new List<string>();
        var remaining = 0;
        await foreach (var name in eks.ListAllNodegroupsAsync(clusterName, cancellationToken))
        {
            remaining++;
            var described = await eks.DescribeNodegroupAsync(new DescribeNodegroupRequest { ClusterName = clusterName, NodegroupName = name }, cancellationToken);
            if (described.Nodegroup?.Status == "DELETING")
            {
                continue;
            }

            try
            {
                if (await AwsIdioms.DeleteIfExistsAsync(
                    ct => eks.DeleteNodegroupAsync(new DeleteNodegroupRequest { ClusterName = clusterName, NodegroupName = name }, ct), cancellationToken))
                {
                    deleted.Add(TeardownItems.Describe("nodegroup", clusterName + "/" + name));
                }
            }
            catch (DependencyStillPresentException)
            {
                // EKS refuses while the node group is still being created or updated; the next pass asks again.
            }
        }

        return new PhaseResult(remaining == 0, remaining == 0 ? 0 : TeardownWaits.NodegroupSeconds, TeardownItems.Merge(input.Deleted, deleted));
    }
}
