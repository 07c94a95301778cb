using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// The teardown pass shared by every kind of resource that hangs off a cluster and may be deleted all
/// at once (node groups, add-ons): ask EKS to delete each one not already DELETING, count what is left,
/// and report done only when nothing is. A refusal because the child is still busy is asked again on the
/// next pass rather than failing the phase.
/// </summary>
internal static class ClusterChildren
{
    /// <summary>
    /// Runs <paramref name="pass"/> on the environment's cluster when it is there and in the teardown's
    /// scope; without one there is nothing of the kind left to delete, and the phase is done.
    /// </summary>
    public static async Task<PhaseResult> OfOwnedClusterAsync(
        IEksClient eks, NameScope scope, TeardownInput input, Func<string, Task<PhaseResult>> pass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cluster = await EksOwnership.OwnedClusterAsync(eks, scope.For(input.EnvironmentName), TeardownScope.Of(input), cancellationToken);
        return cluster?.Name is { } clusterName ? await pass(clusterName) : Done(input);
    }

    /// <summary>Nothing is left: done, with what earlier passes deleted.</summary>
    public static PhaseResult Done(TeardownInput input) => new(true, 0, TeardownItems.Merge(input.Deleted, []));

    /// <summary>One pass over every <paramref name="kind"/> child of the environment's cluster.</summary>
    public static Task<PhaseResult> DeleteAllAsync(IEksClient eks, NameScope scope, TeardownInput input, ClusterChild kind, CancellationToken cancellationToken) =>
        OfOwnedClusterAsync(eks, scope, input, clusterName => DeleteAllAsync(eks, input, kind, clusterName, cancellationToken), cancellationToken);

    private static async Task<PhaseResult> DeleteAllAsync(IEksClient eks, TeardownInput input, ClusterChild kind, string clusterName, CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        var remaining = 0;
        await foreach (var name in kind.List(eks, clusterName, cancellationToken).WithCancellation(cancellationToken))
        {
            remaining++;
            if (await kind.StatusOf(eks, clusterName, name, cancellationToken) == "DELETING")
            {
                continue;
            }

            try
            {
                if (await AwsIdioms.DeleteIfExistsAsync(ct => kind.Delete(eks, clusterName, name, ct), cancellationToken))
                {
                    deleted.Add(TeardownItems.Describe(kind.Kind, clusterName + "/" + name));
                }
            }
            catch (DependencyStillPresentException)
            {
                // EKS refuses while the child is still being created or updated; the next pass asks again.
            }
        }

        return new PhaseResult(remaining == 0, remaining == 0 ? 0 : kind.WaitSeconds, TeardownItems.Merge(input.Deleted, deleted));
    }
}
