namespace EksProvisioner.Workflow.Support;

/// <summary>
/// The Kubernetes side of teardown: what a cluster's API must be asked before its node groups go, so that
/// the AWS Load Balancer Controller (or the in-tree cloud provider) deletes the load balancers it made.
/// </summary>
public interface IKubernetesCleanup
{
    /// <summary>
    /// Deletes every Service of type LoadBalancer and every Ingress of <paramref name="cluster"/>. Returns
    /// false when the API cannot be reached (private endpoint, no access entry, cluster not ACTIVE), in
    /// which case teardown falls back to finding the load balancers by their tags.
    /// </summary>
    Task<bool> DeleteLoadBalancedObjectsAsync(KubernetesCluster cluster, CancellationToken cancellationToken);
}

/// <summary>Where a cluster's API is and how to trust it: the endpoint and the base64 PEM of its CA, as DescribeCluster answers.</summary>
public sealed record KubernetesCluster(string Name, string? Endpoint, string? CertificateAuthorityData);
