using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteAccessAndAddons: deletes every add-on of the environment's cluster and waits
/// until none is left. Access entries need no call of their own: EKS deletes them with the cluster,
/// and our EKS client has no ListAccessEntries to find ones the document does not name.
/// </summary>
public sealed class DeleteAccessAndAddons(IEksClient eks)
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
        await foreach (var addon in eks.ListAllAddonsAsync(clusterName, cancellationToken))
        {
            remaining++;
            var described = await eks.DescribeAddonAsync(new DescribeAddonRequest { ClusterName = clusterName, AddonName = addon }, cancellationToken);
            if (described.Addon?.Status == "DELETING")
            {
                continue;
            }

            if (await AwsIdioms.DeleteIfExistsAsync(
                ct => eks.DeleteAddonAsync(new DeleteAddonRequest { ClusterName = clusterName, AddonName = addon }, ct), cancellationToken))
            {
                deleted.Add(TeardownItems.Describe("addon", clusterName + "/" + addon));
            }
        }

        return new PhaseResult(remaining == 0, remaining == 0 ? 0 : TeardownWaits.AddonSeconds, TeardownItems.Merge(input.Deleted, deleted));
    }
}
