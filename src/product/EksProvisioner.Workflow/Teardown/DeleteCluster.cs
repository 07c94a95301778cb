using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteCluster: deletes the environment's cluster (only if it carries the
/// environment's tag, and in a rollback its provisioning's) and reports done once EKS no longer knows it.
/// </summary>
public sealed class DeleteCluster(IEksClient eks, NameScope scope)
{
    public async Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cluster = await EksOwnership.OwnedClusterAsync(eks, scope.For(input.EnvironmentName), TeardownScope.Of(input), cancellationToken);
        if (cluster?.Name is not { } clusterName)
        {
            return new PhaseResult(true, 0, TeardownItems.Merge(input.Deleted, []));
        }

        var deleted = new List<string>();
        if (cluster.Status != "DELETING")
        {
            try
            {
                if (await AwsIdioms.DeleteIfExistsAsync(ct => eks.DeleteClusterAsync(new DeleteClusterRequest { Name = clusterName }, ct), cancellationToken))
                {
                    deleted.Add(TeardownItems.Describe("eks-cluster", clusterName));
                }
            }
            catch (DependencyStillPresentException)
            {
                // Still creating, or a node group or profile is still going away: ask again on the next pass.
            }
        }

        return new PhaseResult(false, TeardownWaits.ClusterSeconds, TeardownItems.Merge(input.Deleted, deleted));
    }
}
