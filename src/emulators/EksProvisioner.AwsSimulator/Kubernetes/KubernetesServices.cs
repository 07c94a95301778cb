using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// Services as the cloud controller and the AWS Load Balancer Controller leave them: a cluster IP from the
/// service CIDR, and for type LoadBalancer an ELBv2 load balancer in the cluster's public subnets whose DNS
/// name becomes status.loadBalancer.ingress[].hostname once it is active.
/// </summary>
internal static class KubernetesServices
{
    public static bool IsLoadBalancer(JsonObject service) => (string?)service["spec"]?["type"] == "LoadBalancer";

    public static void Written(KubernetesView view, string ns, string name, JsonObject service)
    {
        var spec = service["spec"] as JsonObject ?? [];
        service["spec"] = spec;
        if (spec["clusterIP"] is null)
        {
            var prefix = view.Cluster.ServiceIpv4Cidr.Split('.');
            var hash = KubernetesView.Hash(ns + "/" + name, 4);
            spec["clusterIP"] = $"{prefix[0]}.{prefix[1]}.{Convert.ToInt32(hash[..2], 16)}.{Convert.ToInt32(hash[2..], 16) % 254 + 1}";
        }

        if (IsLoadBalancer(service) && view.LoadBalancers is { } balancers)
        {
            var subnets = view.Cluster.SubnetIds.Where(s => view.Network?.IsPublicSubnet(s) ?? true).ToList();
            var tags = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kubernetes.io/cluster/" + view.Cluster.Name] = "owned",
                ["kubernetes.io/service-name"] = ns + "/" + name,
            };
            balancers.Ensure(view.Cluster.Name, ns + "/" + name, "network", subnets, tags);
        }
    }

    public static void Deleted(KubernetesView view, string ns, string name, JsonObject service)
    {
        if (IsLoadBalancer(service))
        {
            view.LoadBalancers?.Delete(view.Cluster.Name, ns + "/" + name);
        }
    }

    public static void FillStatus(KubernetesView view, string ns, string name, JsonObject service)
    {
        var ingress = new JsonArray();
        if (IsLoadBalancer(service) && view.LoadBalancers?.Find(view.Cluster.Name, ns + "/" + name) is { State: "active" } balancer)
        {
            ingress.Add(new JsonObject { ["hostname"] = balancer.DnsName });
        }

        service["status"] = new JsonObject { ["loadBalancer"] = ingress.Count == 0 ? new JsonObject() : new JsonObject { ["ingress"] = ingress } };
    }
}
