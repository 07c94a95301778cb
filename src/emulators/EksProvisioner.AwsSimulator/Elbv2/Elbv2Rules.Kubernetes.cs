using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>
/// What the clusters' Kubernetes API asks of ELBv2 (<see cref="IServiceLoadBalancers"/>), done as the AWS
/// Load Balancer Controller does: a load balancer named <c>k8s-&lt;namespace&gt;-&lt;name&gt;-&lt;hash&gt;</c>
/// with a target group and a listener forwarding to it; deleting the Service deletes all three.
/// </summary>
internal sealed partial class Elbv2Rules
{
    public SimulatedLoadBalancer Ensure(string region, string clusterName, string serviceKey, string type, IReadOnlyList<string> subnetIds, IReadOnlyDictionary<string, string> tags)
    {
        if (FindLive(clusterName, serviceKey) is { } existing)
        {
            return Seen(existing);
        }

        var name = KubernetesName(clusterName, serviceKey);
        var lb = CreateLoadBalancer(region, new Elbv2LoadBalancerSpec(name, type, "internet-facing", subnetIds, [], tags, serviceKey, clusterName));
        var request = new Elbv2TargetGroup
        {
            Arn = string.Empty,
            Name = name,
            Region = region,
            Protocol = type == "application" ? "HTTP" : "TCP",
            Port = 80,
            VpcId = lb.VpcId,
            TargetType = "ip",
            Tags = new Dictionary<string, string>(tags, StringComparer.Ordinal),
        };
        CreateTargetGroup(region, request, lb.Arn);
        return Seen(lb);
    }

    public void DeleteForKubernetes(string clusterName, string serviceKey)
    {
        if (FindLive(clusterName, serviceKey) is not { } lb)
        {
            return;
        }

        var groups = State.TargetGroups.Values.Where(g => g.LoadBalancerArns.Contains(lb.Arn)).Select(g => g.Arn).ToList();
        DeleteLoadBalancer(lb.Arn, byKubernetes: true);
        foreach (var group in groups)
        {
            DeleteTargetGroup(group);
        }
    }

    public SimulatedLoadBalancer? Find(string clusterName, string serviceKey) =>
        State.LoadBalancers.Values.FirstOrDefault(l => l.ClusterName == clusterName && l.ServiceKey == serviceKey) is { } lb ? Seen(lb) : null;

    private Elbv2LoadBalancer? FindLive(string clusterName, string serviceKey) =>
        State.LoadBalancers.Values.FirstOrDefault(l => l.ClusterName == clusterName && l.ServiceKey == serviceKey && l.Lifecycle.DeletingSince is null);

    private SimulatedLoadBalancer Seen(Elbv2LoadBalancer lb) => new(lb.Arn, lb.DnsName, StateOf(lb));

    private static string KubernetesName(string clusterName, string serviceKey)
    {
        var parts = serviceKey.Split('/', 2);
        static string Part(string text) => new([.. text.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(8)]);
        var hash = Hosting.RequestIds.Hex(clusterName + "/" + serviceKey, 10).ToLowerInvariant();
        return $"k8s-{Part(parts[0])}-{Part(parts.Length > 1 ? parts[1] : parts[0])}-{hash}".Replace("--", "-", StringComparison.Ordinal);
    }
}
