namespace EksProvisioner.AwsSimulator.Contracts;

/// <summary>
/// What a simulated cluster's Kubernetes API needs from the simulated ELBv2 service: a `LoadBalancer` Service
/// or an Ingress gets a load balancer with interfaces in the cluster's public subnets, tagged
/// `kubernetes.io/cluster/&lt;cluster&gt;` and `kubernetes.io/service-name` (as the AWS Load Balancer Controller
/// does), so EC2's delete-order rules hold for the VPC until the load balancer is gone.
/// </summary>
public interface IServiceLoadBalancers
{
    /// <summary>
    /// Creates the load balancer for <paramref name="serviceKey"/> (`namespace/name`) of a cluster when it has
    /// none, and returns it. <paramref name="type"/> is `network` (Service) or `application` (Ingress).
    /// </summary>
    SimulatedLoadBalancer Ensure(
        string clusterName,
        string serviceKey,
        string type,
        IReadOnlyList<string> subnetIds,
        IReadOnlyDictionary<string, string> tags);

    /// <summary>Starts deleting the service's load balancer; absent ones are ignored.</summary>
    void Delete(string clusterName, string serviceKey);

    /// <summary>The service's load balancer, or null when it has none (or it is gone).</summary>
    SimulatedLoadBalancer? Find(string clusterName, string serviceKey);
}

/// <summary>A load balancer as the Kubernetes side sees it: `State` is provisioning, active or deleting.</summary>
public sealed record SimulatedLoadBalancer(string Arn, string DnsName, string State);
