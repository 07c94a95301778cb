namespace EksProvisioner.Workflow.Support;

/// <summary>
/// The Kubernetes cleanup used until one over the cluster's API is wired in: it reports the API as
/// unreachable, so teardown takes its fallback at once and deletes the load balancers by their tags.
/// </summary>
public sealed class TagSearchOnlyCleanup : IKubernetesCleanup
{
    public Task<bool> DeleteLoadBalancedObjectsAsync(KubernetesCluster cluster, CancellationToken cancellationToken) => Task.FromResult(false);
}
