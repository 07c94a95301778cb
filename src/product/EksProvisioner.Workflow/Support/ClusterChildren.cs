using EksProvisioner.Aws;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// The teardown pass shared by every kind of resource that hangs off a cluster and may be deleted all
/// at once (node groups, add-ons): ask EKS to delete each one not already DELETING, count what is left,
/// and report done only when nothing is. A refusal because the child is still busy is asked again on the
/// next pass rather than failing the phase.
/// </summary>
internal static class ClusterChildren
{
    public static async Task<PhaseResult> DeleteAllAsync(
        TeardownInput input,
        string kind,
        string clusterName,
        IAsyncEnumerable<string> names,
        Func<string, CancellationToken, Task<string?>> statusOf,
        Func<string, CancellationToken, Task> delete,
        int waitSeconds,
        CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        var remaining = 0;
        await foreach (var name in names.WithCancellation(cancellationToken))
        {
            remaining++;
            if (await statusOf(name, cancellationToken) == "DELETING")
            {
                continue;
            }

            try
            {
                if (await AwsIdioms.DeleteIfExistsAsync(ct => delete(name, ct), cancellationToken))
                {
                    deleted.Add(TeardownItems.Describe(kind, clusterName + "/" + name));
                }
            }
            catch (DependencyStillPresentException)
            {
                // EKS refuses while the child is still being created or updated; the next pass asks again.
            }
        }

        return new PhaseResult(remaining == 0, remaining == 0 ? 0 : waitSeconds, TeardownItems.Merge(input.Deleted, deleted));
    }
}
