using EksProvisioner.Aws.Eks;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// A kind of resource that hangs off a cluster and may be deleted all at once, as
/// <see cref="DeleteClusterChildren"/> deletes it: its item name in the teardown report, how to list,
/// describe (status) and delete one by cluster and name, and the wait between passes while some are left.
/// </summary>
public sealed class ClusterChild
{
    private ClusterChild(
        string kind,
        Func<IEksClient, string, CancellationToken, IAsyncEnumerable<string>> list,
        Func<IEksClient, string, string, CancellationToken, Task<string?>> statusOf,
        Func<IEksClient, string, string, CancellationToken, Task> delete,
        int waitSeconds)
    {
        Kind = kind;
        List = list;
        StatusOf = statusOf;
        Delete = delete;
        WaitSeconds = waitSeconds;
    }

    /// <summary>
    /// Add-ons (phase DeleteAccessAndAddons). Access entries need no call of their own: EKS deletes them
    /// with the cluster, and our EKS client has no ListAccessEntries to find ones the document does not name.
    /// </summary>
    public static ClusterChild Addons { get; } = new(
        "addon",
        (eks, cluster, ct) => eks.ListAllAddonsAsync(cluster, ct),
        async (eks, cluster, name, ct) => (await eks.DescribeAddonAsync(new DescribeAddonRequest { ClusterName = cluster, AddonName = name }, ct)).Addon?.Status,
        (eks, cluster, name, ct) => eks.DeleteAddonAsync(new DeleteAddonRequest { ClusterName = cluster, AddonName = name }, ct),
        TeardownWaits.AddonSeconds);

    /// <summary>Managed node groups (phase DeleteNodegroups): EKS deletes them all at once.</summary>
    public static ClusterChild Nodegroups { get; } = new(
        "nodegroup",
        (eks, cluster, ct) => eks.ListAllNodegroupsAsync(cluster, ct),
        async (eks, cluster, name, ct) => (await eks.DescribeNodegroupAsync(new DescribeNodegroupRequest { ClusterName = cluster, NodegroupName = name }, ct)).Nodegroup?.Status,
        (eks, cluster, name, ct) => eks.DeleteNodegroupAsync(new DeleteNodegroupRequest { ClusterName = cluster, NodegroupName = name }, ct),
        TeardownWaits.NodegroupSeconds);

    internal string Kind { get; }

    internal Func<IEksClient, string, CancellationToken, IAsyncEnumerable<string>> List { get; }

    internal Func<IEksClient, string, string, CancellationToken, Task<string?>> StatusOf { get; }

    internal Func<IEksClient, string, string, CancellationToken, Task> Delete { get; }

    internal int WaitSeconds { get; }
}
