using System.Text.Json.Nodes;
using static EksProvisioner.AwsSimulator.Eks.EksBody;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>Managed node group rules.</summary>
internal sealed partial class EksRules
{
    public EksNodegroup CreateNodegroup(string regionName, string clusterName, JsonObject body)
    {
        var (call, earlier) = StartChildCreate(regionName, "CreateNodegroup", clusterName, "nodegroupName", body, c => c.Nodegroups);
        if (earlier is not null)
        {
            return earlier;
        }

        var (region, name) = (call.Region, call.Name);

        var cluster = ActiveCluster(regionName, clusterName);
        if (cluster.Nodegroups.ContainsKey(name))
        {
            throw EksErrors.InUse($"NodeGroup already exists with name {name} and cluster name {clusterName}");
        }

        if (cluster.Nodegroups.Count >= context.Quotas.NodegroupsPerCluster)
        {
            throw EksErrors.Limit($"Nodegroups limit exceeded for cluster {clusterName}. The limit is {context.Quotas.NodegroupsPerCluster}.");
        }

        var subnets = Strings(body, "subnets");
        if (subnets.Count == 0)
        {
            throw EksErrors.InvalidParameter("subnets must be specified");
        }

        ValidateSubnets(subnets, cluster.VpcId.Length == 0 ? null : cluster.VpcId);
        var scaling = body["scalingConfig"] as JsonObject;
        var (min, max, desired) = (Int(scaling, "minSize") ?? 1, Int(scaling, "maxSize") ?? 2, Int(scaling, "desiredSize") ?? 2);
        ValidateScaling(min, max, desired);
        var nodeRole = Required(body, "nodeRole");
        RequireAssumableRole(nodeRole);

        var now = Now;
        var nodegroup = new EksNodegroup
        {
            Name = name,
            Arn = Arn(regionName, $"nodegroup/{clusterName}/{name}/{NewUuid(region, "nodegroup/" + name)}"),
            ClusterName = clusterName,
            Version = Optional(body, "version") ?? cluster.Version,
            NodeRole = nodeRole,
            Life = Lifecycle.Started(now, _durations.Of(Latency.NodegroupCreateSeconds)),
            ModifiedAt = now,
            Subnets = subnets,
            InstanceTypes = body["instanceTypes"] is JsonArray ? Strings(body, "instanceTypes") : ["t3.medium"],
            AmiType = Optional(body, "amiType") ?? "AL2023_x86_64_STANDARD",
            CapacityType = Optional(body, "capacityType") ?? "ON_DEMAND",
            DiskSize = Int(body, "diskSize") ?? 20,
            MinSize = min,
            MaxSize = max,
            DesiredSize = desired,
            Labels = body["labels"]?.DeepClone(),
            Taints = body["taints"]?.DeepClone(),
            UpdateConfig = body["updateConfig"]?.DeepClone(),
            ClientRequestToken = call.Token,
            Tags = Tags(body),
        };
        cluster.Nodegroups[name] = nodegroup;
        Remember(call);
        return nodegroup;
    }

    public EksNodegroup Nodegroup(string regionName, string clusterName, string name) =>
        Cluster(regionName, clusterName).Nodegroups.GetValueOrDefault(name)
        ?? throw EksErrors.NotFound($"No node group found for name: {name}.");

    public EksNodegroup DeleteNodegroup(string regionName, string clusterName, string name)
    {
        var nodegroup = Nodegroup(regionName, clusterName, name);
        nodegroup.Life.StartDeleting(Now, _durations.Of(Latency.NodegroupDeleteSeconds));
        return nodegroup;
    }

    private static void ValidateScaling(int min, int max, int desired)
    {
        if (max < 1)
        {
            throw EksErrors.InvalidParameter("Maximum capacity must be greater than or equal to 1");
        }

        if (min > max)
        {
            throw EksErrors.InvalidParameter($"Minimum capacity {min} can't be greater than max size {max}");
        }

        if (desired > max)
        {
            throw EksErrors.InvalidParameter($"Desired capacity {desired} can't be greater than max size {max}");
        }

        if (desired < min)
        {
            throw EksErrors.InvalidParameter($"Minimum capacity {min} can't be greater than desired size {desired}");
        }
    }
}
