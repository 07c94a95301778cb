using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Eks;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>Nodes as EKS has them: one per instance of each ACTIVE node group, labelled and tainted as the group says.</summary>
internal static class KubernetesNodes
{
    private static readonly Dictionary<string, (string Cpu, string Memory, string Pods)> Capacity = new(StringComparer.Ordinal)
    {
        ["t3.small"] = ("2", "2Gi", "11"),
        ["t3.medium"] = ("2", "4Gi", "17"),
        ["t3.large"] = ("2", "8Gi", "35"),
        ["m5.large"] = ("2", "8Gi", "29"),
        ["m5.xlarge"] = ("4", "16Gi", "58"),
        ["c5.large"] = ("2", "4Gi", "29"),
    };

    public static List<JsonObject> All(KubernetesView view)
    {
        var nodes = new List<JsonObject>();
        foreach (var group in view.Cluster.Nodegroups.Values.Where(g => g.Life.PhaseAt(view.Now) == Phase.Active))
        {
            for (var i = 0; i < group.DesiredSize; i++)
            {
                nodes.Add(Node(view, group, i));
            }
        }

        return nodes;
    }

    /// <summary>The node group's taints in Kubernetes form (EKS's NO_SCHEDULE is NoSchedule).</summary>
    public static JsonArray Taints(EksNodegroup group) =>
        [.. (group.Taints as JsonArray ?? []).OfType<JsonObject>().Select(t => (JsonNode)new JsonObject
        {
            ["key"] = (string?)t["key"],
            ["value"] = (string?)t["value"],
            ["effect"] = (string?)t["effect"] switch { "NO_EXECUTE" => "NoExecute", "PREFER_NO_SCHEDULE" => "PreferNoSchedule", _ => "NoSchedule" },
        })];

    private static JsonObject Node(KubernetesView view, EksNodegroup group, int index)
    {
        var hash = KubernetesView.Hash(group.Arn + "/" + index, 4);
        var name = $"ip-10-0-{Convert.ToInt32(hash[..2], 16)}-{Convert.ToInt32(hash[2..], 16) % 254 + 1}.{view.Region}.compute.internal";
        var type = group.InstanceTypes.FirstOrDefault() ?? "t3.medium";
        var (cpu, memory, pods) = Capacity.GetValueOrDefault(type, ("2", "4Gi", "17"));
        var subnet = group.Subnets.Count == 0 ? null : group.Subnets[index % group.Subnets.Count];
        var labels = new JsonObject
        {
            ["eks.amazonaws.com/nodegroup"] = group.Name,
            ["eks.amazonaws.com/capacityType"] = group.CapacityType,
            ["node.kubernetes.io/instance-type"] = type,
            ["kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = group.AmiType.Contains("ARM", StringComparison.Ordinal) ? "arm64" : "amd64",
            ["kubernetes.io/hostname"] = name,
            ["topology.kubernetes.io/region"] = view.Region,
        };
        if (subnet is not null && view.Network?.ZoneOfSubnet(subnet) is { } zone)
        {
            labels["topology.kubernetes.io/zone"] = zone;
        }

        foreach (var label in group.Labels as JsonObject ?? [])
        {
            labels[label.Key] = label.Value?.DeepClone();
        }

        var resources = new JsonObject { ["cpu"] = cpu, ["memory"] = memory, ["pods"] = pods };
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Node",
            ["metadata"] = new JsonObject { ["name"] = name, ["uid"] = KubernetesView.Hash(name, 32), ["labels"] = labels, ["creationTimestamp"] = KubernetesView.Timestamp(group.Life.ReadyAt) },
            ["spec"] = new JsonObject { ["providerID"] = $"aws:///{labels["topology.kubernetes.io/zone"]}/i-{hash}{KubernetesView.Hash(name, 13)}", ["taints"] = Taints(group) },
            ["status"] = new JsonObject
            {
                ["capacity"] = resources,
                ["allocatable"] = resources.DeepClone(),
                ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = "True", ["reason"] = "KubeletReady", ["message"] = "kubelet is posting ready status" }),
                ["nodeInfo"] = new JsonObject { ["kubeletVersion"] = $"v{group.Version}.0-eks", ["osImage"] = "Amazon Linux 2023", ["containerRuntimeVersion"] = "containerd://1.7.0", ["architecture"] = labels["kubernetes.io/arch"]!.DeepClone(), ["operatingSystem"] = "linux" },
            },
        };
    }
}
