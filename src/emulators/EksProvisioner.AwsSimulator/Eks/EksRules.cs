using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Hosting;
using EksProvisioner.AwsSimulator.Iam;
using static EksProvisioner.AwsSimulator.Eks.EksBody;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// EKS state and rules without wire format: lifecycles computed from timestamps, AWS's ordering
/// rules, quotas and clientRequestToken idempotency. Transitions that must do work when they
/// complete (removing a deleted cluster and its network interfaces) run in <see cref="Settle"/>,
/// which every call runs first.
/// </summary>
internal sealed partial class EksRules(SimulatorServiceContext context, IRoleDirectory roles, Func<IEc2Network?> network)
{
    private readonly Durations _durations = new(context.Latency);

    public SortedDictionary<string, EksRegion> Regions { get; set; } = new(StringComparer.Ordinal);

    private DateTimeOffset Now => context.Clock.GetUtcNow();

    private LatencyModel Latency => context.Latency;

    /// <summary>Applies every transition that has fallen due.</summary>
    public void Settle()
    {
        var now = Now;
        foreach (var region in Regions.Values)
        {
            foreach (var cluster in region.Clusters.Values.ToList())
            {
                // Clusters persisted before they had a Kubernetes API get one on first sight.
                cluster.Kubernetes ??= Kubernetes.ClusterCertificates.Create(cluster.Name, now);
                SettleUpdates(cluster, now);
                RemoveGone(cluster.Nodegroups, n => n.Life, now);
                RemoveGone(cluster.FargateProfiles, f => f.Life, now);
                RemoveGone(cluster.Addons, a => a.Life, now);
                if (cluster.Life.PhaseAt(now) == Phase.Gone)
                {
                    ReleaseNetwork(cluster);
                    region.Clusters.Remove(cluster.Name);
                }
            }
        }
    }

    public EksRegion Region(string name)
    {
        if (!Regions.TryGetValue(name, out var region))
        {
            region = new EksRegion();
            Regions[name] = region;
        }

        return region;
    }

    public EksCluster Cluster(string region, string name) =>
        Region(region).Clusters.GetValueOrDefault(name) ?? throw EksErrors.ClusterNotFound(name);

    private EksCluster ActiveCluster(string region, string name)
    {
        var cluster = Cluster(region, name);
        if (cluster.Life.PhaseAt(Now) != Phase.Active)
        {
            throw EksErrors.InvalidRequest($"Cluster '{name}' is not in ACTIVE status");
        }

        return cluster;
    }

    /// <summary>
    /// IAM is eventually consistent: EKS cannot assume a role until it has propagated, and answers as
    /// for a role that does not exist (the wording Terraform and eksctl retry on).
    /// </summary>
    private void RequireAssumableRole(string roleArn)
    {
        var created = roles.RoleCreatedAt(roleArn);
        if (created is null || Now < created.Value + TimeSpan.FromSeconds(Latency.IamPropagationSeconds))
        {
            throw EksErrors.RoleNotAssumable(roleArn);
        }
    }

    /// <summary>
    /// A retry with a used token and the same parameters gets the original resource back; the same
    /// token with other parameters is refused (AWS "Ensuring idempotency": a token identifies one request).
    /// </summary>
    private T? Replay<T>(EksRegion region, string? token, string operation, string fingerprint, Func<EksToken, T?> find)
        where T : class
    {
        if (token is null || !region.Tokens.TryGetValue(token, out var used))
        {
            return null;
        }

        if (used.Operation != operation || used.Fingerprint != fingerprint)
        {
            throw EksErrors.InvalidRequest($"The client request token {token} was already used with different request parameters.");
        }

        return find(used);
    }

    /// <summary>
    /// Starts a create of a cluster's child: its name from <paramref name="nameMember"/>, and what an earlier
    /// call with the same clientRequestToken and request made (answered again rather than made twice).
    /// </summary>
    private (ChildCreate Call, T? Earlier) StartChildCreate<T>(
        string regionName, string operation, string clusterName, string nameMember, JsonObject body, Func<EksCluster, IReadOnlyDictionary<string, T>> children)
        where T : class
    {
        var region = Region(regionName);
        var name = Required(body, nameMember);
        var token = Optional(body, "clientRequestToken");
        var fingerprint = Fingerprint(body, clusterName);
        var earlier = Replay(region, token, operation, fingerprint, t => region.Clusters.GetValueOrDefault(t.ClusterName) is { } c ? children(c).GetValueOrDefault(t.ChildName!) : null);
        return (new ChildCreate(region, name, token, new EksToken(operation, fingerprint, clusterName, name)), earlier);
    }

    private static void Remember(ChildCreate call) => Remember(call.Region, call.Token, call.Used);

    private static void Remember(EksRegion region, string? token, EksToken used)
    {
        if (token is not null)
        {
            region.Tokens[token] = used;
        }
    }

    private string Arn(string region, string resource) => $"arn:aws:eks:{region}:{context.AccountId}:{resource}";

    private string NewUuid(EksRegion region, string what) =>
        RequestIds.Uuid($"{what}/{region.NextId++.ToString(CultureInfo.InvariantCulture)}");

    private void ValidateSubnets(IReadOnlyList<string> subnets, string? vpcId)
    {
        var net = network();
        if (net is null)
        {
            return;
        }

        foreach (var subnet in subnets)
        {
            var subnetVpc = net.VpcOfSubnet(subnet) ?? throw EksErrors.InvalidParameter($"The subnet ID '{subnet}' does not exist");
            if (vpcId is not null && subnetVpc != vpcId)
            {
                throw EksErrors.InvalidParameter($"Subnet {subnet} is not in the cluster's VPC {vpcId}");
            }
        }
    }

    private void ReleaseNetwork(EksCluster cluster)
    {
        var net = network();
        foreach (var id in cluster.NetworkInterfaceIds)
        {
            net?.DeleteServiceResource(id);
        }

        if (cluster.ClusterSecurityGroupId is not null)
        {
            net?.DeleteServiceResource(cluster.ClusterSecurityGroupId);
        }

        cluster.NetworkInterfaceIds.Clear();
    }

    private static void RemoveGone<T>(SortedDictionary<string, T> items, Func<T, Lifecycle> life, DateTimeOffset now)
    {
        foreach (var (key, item) in items.ToList())
        {
            if (life(item).PhaseAt(now) == Phase.Gone)
            {
                items.Remove(key);
            }
        }
    }

    private static bool Live(Lifecycle life, DateTimeOffset now) => life.PhaseAt(now) != Phase.Gone;
}
