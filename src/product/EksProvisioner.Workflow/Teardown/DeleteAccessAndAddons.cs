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
    public Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default) =>
        ClusterChildren.DeleteAllAsync(eks, input, Addons, cancellationToken);

    private ClusterChild Addons => new(
        "addon",
        eks.ListAllAddonsAsync,
        async (cluster, name, ct) => (await eks.DescribeAddonAsync(new DescribeAddonRequest { ClusterName = cluster, AddonName = name }, ct)).Addon?.Status,
        (cluster, name, ct) => eks.DeleteAddonAsync(new DeleteAddonRequest { ClusterName = cluster, AddonName = name }, ct),
        TeardownWaits.AddonSeconds);
}
