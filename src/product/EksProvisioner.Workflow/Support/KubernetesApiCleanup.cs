using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Amazon.Runtime;
using EksProvisioner.Aws.Eks;
using k8s;
using k8s.Autorest;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Teardown's Kubernetes side over the cluster's own API (the KubernetesClient package): trusts the CA
/// DescribeCluster returns and authenticates with an EKS token presigned for the stage's own credentials,
/// so the stage's role needs an access entry that lets it delete Services and Ingresses.
/// </summary>
public sealed class KubernetesApiCleanup(Func<Task<AWSCredentials>> credentials, Func<string> region, TimeProvider clock) : IKubernetesCleanup
{
    /// <summary>Per API call: a private endpoint never answers, and the phase must still fall back within its Lambda timeout.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public async Task<bool> DeleteLoadBalancedObjectsAsync(KubernetesCluster cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (string.IsNullOrEmpty(cluster.Endpoint) || string.IsNullOrEmpty(cluster.CertificateAuthorityData))
        {
            return false;
        }

        // Signed on the stage's clock: the simulator checks X-Amz-Expires on its virtual clock, AWS on the real one.
        var token = await EksToken.CreateAsync(cluster.Name, region(), await credentials(), clock.GetUtcNow(), cancellationToken);
        try
        {
            using var ca = X509Certificate2.CreateFromPem(Encoding.UTF8.GetString(Convert.FromBase64String(cluster.CertificateAuthorityData)));
            var config = new KubernetesClientConfiguration { Host = cluster.Endpoint, AccessToken = token, SslCaCerts = [ca], HttpClientTimeout = Timeout };
            using var client = new Kubernetes(config);
            var services = await client.CoreV1.ListServiceForAllNamespacesAsync(cancellationToken: cancellationToken);
            foreach (var service in services.Items.Where(s => s.Spec?.Type == "LoadBalancer"))
            {
                await client.CoreV1.DeleteNamespacedServiceAsync(service.Metadata.Name, service.Metadata.NamespaceProperty, cancellationToken: cancellationToken);
            }

            var ingresses = await client.NetworkingV1.ListIngressForAllNamespacesAsync(cancellationToken: cancellationToken);
            foreach (var ingress in ingresses.Items)
            {
                await client.NetworkingV1.DeleteNamespacedIngressAsync(ingress.Metadata.Name, ingress.Metadata.NamespaceProperty, cancellationToken: cancellationToken);
            }

            return true;
        }
        catch (Exception e) when (e is HttpOperationException or HttpRequestException or FormatException or CryptographicException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Unreachable, too slow, not allowed (no access entry, private endpoint) or a CA we cannot read:
            // teardown falls back to the tag search.
            return false;
        }
    }
}
