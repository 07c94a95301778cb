using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static EksProvisioner.AwsSimulator.Eks.EksBody;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>Cluster rules.</summary>
internal sealed partial class EksRules
{
    /// <summary>Kubernetes versions the simulated EKS offers; the newest is the default.</summary>
    private static readonly string[] Versions = ["1.29", "1.30", "1.31", "1.32", "1.33", "1.34"];

    public EksCluster CreateCluster(string regionName, JsonObject body, string? creatorAccessKeyId = null)
    {
        var region = Region(regionName);
        var name = Required(body, "name");
        var token = Optional(body, "clientRequestToken");
        var fingerprint = Fingerprint(body);
        var replay = Replay(region, token, "CreateCluster", fingerprint, t => region.Clusters.GetValueOrDefault(t.ClusterName));
        if (replay is not null)
        {
            return replay;
        }

        if (!ClusterNamePattern().IsMatch(name))
        {
            throw EksErrors.InvalidParameter($"The cluster name '{name}' is invalid: it must start with a letter or digit and contain only letters, digits, '-' and '_' (at most 100 characters).");
        }

        if (region.Clusters.ContainsKey(name))
        {
            throw EksErrors.InUse($"Cluster already exists with name: {name}");
        }

        if (region.Clusters.Count >= context.Quotas.EksClustersPerRegion)
        {
            throw EksErrors.Limit($"Cluster limit exceeded for account {context.AccountId} in region {regionName}. The limit is {context.Quotas.EksClustersPerRegion}.");
        }

        var version = Optional(body, "version") ?? Versions[^1];
        if (!Versions.Contains(version))
        {
            throw EksErrors.InvalidParameter($"unsupported Kubernetes version {version}");
        }

        var roleArn = Required(body, "roleArn");
        var vpcConfig = body["resourcesVpcConfig"] as JsonObject ?? throw EksErrors.InvalidParameter("resourcesVpcConfig must be specified");
        var subnets = Strings(vpcConfig, "subnetIds");
        var groups = Strings(vpcConfig, "securityGroupIds");
        var vpcId = ValidateClusterNetwork(subnets, groups);
        RequireAssumableRole(roleArn);

        var now = Now;
        var accessConfig = body["accessConfig"] as JsonObject;
        var cluster = new EksCluster
        {
            Name = name,
            Arn = Arn(regionName, "cluster/" + name),
            Id = NewUuid(region, "cluster/" + name),
            Version = version,
            RoleArn = roleArn,
            Life = Lifecycle.Started(now, _durations.Of(Latency.ClusterCreateSeconds)),
            SubnetIds = subnets,
            SecurityGroupIds = groups,
            VpcId = vpcId ?? string.Empty,
            EndpointPublicAccess = Bool(vpcConfig, "endpointPublicAccess") ?? true,
            EndpointPrivateAccess = Bool(vpcConfig, "endpointPrivateAccess") ?? false,
            PublicAccessCidrs = vpcConfig["publicAccessCidrs"] is JsonArray ? Strings(vpcConfig, "publicAccessCidrs") : ["0.0.0.0/0"],
            ServiceIpv4Cidr = Optional(body["kubernetesNetworkConfig"] as JsonObject ?? [], "serviceIpv4Cidr") ?? "172.20.0.0/16",
            AuthenticationMode = accessConfig is null ? "CONFIG_MAP" : Optional(accessConfig, "authenticationMode") ?? "CONFIG_MAP",
            BootstrapClusterCreatorAdminPermissions = Bool(accessConfig, "bootstrapClusterCreatorAdminPermissions") ?? true,
            Logging = body["logging"]?.DeepClone(),
            ClientRequestToken = token,
            Tags = Tags(body),
            Kubernetes = Kubernetes.ClusterCertificates.Create(name, now),
            CreatorArn = creatorAccessKeyId is null ? null : Sts.SimulatedCallers.UserArn(context.AccountId, creatorAccessKeyId),
        };
        PlaceInNetwork(cluster);
        region.Clusters[name] = cluster;
        Remember(region, token, new EksToken("CreateCluster", fingerprint, name, null));
        return cluster;
    }

    public EksCluster DeleteCluster(string regionName, string name)
    {
        var cluster = Cluster(regionName, name);
        var now = Now;
        if (cluster.Nodegroups.Values.Any(n => Live(n.Life, now)))
        {
            throw EksErrors.InUse("Cluster has nodegroups attached");
        }

        if (cluster.FargateProfiles.Values.Any(f => Live(f.Life, now)))
        {
            throw EksErrors.InUse("Cluster has fargate profiles attached");
        }

        var duration = _durations.Of(Latency.ClusterDeleteSeconds);
        cluster.Life.StartDeleting(now, duration);
        foreach (var addon in cluster.Addons.Values)
        {
            addon.Life.StartDeleting(now, duration);
        }

        return cluster;
    }

    public IReadOnlyList<string> ClusterNames(string regionName) => [.. Region(regionName).Clusters.Keys];

    /// <summary>
    /// EKS needs subnets in at least two Availability Zones of one VPC ("Amazon EKS networking
    /// requirements"); with no EC2 service registered the subnets cannot be checked and are trusted.
    /// </summary>
    private string? ValidateClusterNetwork(IReadOnlyList<string> subnets, IReadOnlyList<string> groups)
    {
        var net = network();
        if (net is null)
        {
            return null;
        }

        if (subnets.Count < 2)
        {
            throw EksErrors.InvalidParameter("Subnets specified must be in at least two different AZs");
        }

        var vpcs = new HashSet<string>(StringComparer.Ordinal);
        var zones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subnet in subnets)
        {
            vpcs.Add(net.VpcOfSubnet(subnet) ?? throw EksErrors.InvalidParameter($"The subnet ID '{subnet}' does not exist"));
            zones.Add(net.ZoneOfSubnet(subnet) ?? string.Empty);
        }

        if (vpcs.Count > 1)
        {
            throw EksErrors.InvalidParameter("Subnets specified must be in the same VPC");
        }

        if (zones.Count < 2)
        {
            throw EksErrors.InvalidParameter("Subnets specified must be in at least two different AZs");
        }

        foreach (var group in groups)
        {
            if (!net.SecurityGroupExists(group))
            {
                throw EksErrors.InvalidParameter($"The security group '{group}' does not exist");
            }
        }

        return vpcs.First();
    }

    /// <summary>
    /// EKS puts a cluster security group and cross-account network interfaces into the cluster's
    /// VPC; they stay until the cluster is deleted, which is why the VPC cannot go first.
    /// </summary>
    private void PlaceInNetwork(EksCluster cluster)
    {
        var net = network();
        if (net is null || cluster.VpcId.Length == 0)
        {
            return;
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["aws:eks:cluster-name"] = cluster.Name,
            ["kubernetes.io/cluster/" + cluster.Name] = "owned",
        };
        foreach (var (key, value) in cluster.Tags)
        {
            tags.TryAdd(key, value);
        }

        cluster.ClusterSecurityGroupId = net.CreateServiceSecurityGroup(
            cluster.VpcId,
            $"eks-cluster-sg-{cluster.Name}-{cluster.Id[..8]}",
            "EKS created security group applied to ENI that is attached to EKS Control Plane master nodes, as well as any managed workloads.",
            tags);
        var interfaceTags = new Dictionary<string, string>(StringComparer.Ordinal) { ["aws:eks:cluster-name"] = cluster.Name };
        foreach (var subnet in cluster.SubnetIds.Take(4))
        {
            cluster.NetworkInterfaceIds.Add(net.CreateServiceNetworkInterface(subnet, "Amazon EKS " + cluster.Name, "amazon-eks", interfaceTags));
        }
    }

    [GeneratedRegex("^[0-9A-Za-z][A-Za-z0-9\\-_]{0,99}$")]
    private static partial Regex ClusterNamePattern();
}
