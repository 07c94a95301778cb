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

        return await ClusterChildren.DeleteAllAsync(
            input,
            "addon",
            clusterName,
            eks.ListAllAddonsAsync(clusterName, cancellationToken),
            async (name, ct) => (await eks.DescribeAddonAsync(new DescribeAddonRequest { ClusterName = clusterName, AddonName = name }, ct)).Addon?.Status,
            (name, ct) => eks.DeleteAddonAsync(new DeleteAddonRequest { ClusterName = clusterName, AddonName = name }, ct),
            TeardownWaits.AddonSeconds,
            cancellationToken);
    }
}
