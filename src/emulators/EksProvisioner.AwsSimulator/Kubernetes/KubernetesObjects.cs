using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// Every object a read sees: the stored ones with their status filled, plus what the cluster makes itself
/// (the built-in namespaces, the nodes, the controllers' pods).
/// </summary>
internal static class KubernetesObjects
{
    public static readonly string[] BuiltInNamespaces = ["default", "kube-node-lease", "kube-public", "kube-system"];

    public static string Key(KubernetesResource resource, string? ns, string name) => $"{resource.Plural}/{(resource.Namespaced ? ns : string.Empty)}/{name}";

    public static List<(string Key, JsonObject Object)> Read(KubernetesView view, KubernetesResource resource)
    {
        var nodes = KubernetesNodes.All(view);
        var found = view.Api.Objects
            .Where(o => o.Key.StartsWith(resource.Plural + "/", StringComparison.Ordinal))
            .Select(o => (o.Key, Object: Filled(view, o.Key, (JsonObject)o.Value.DeepClone(), nodes)))
            .ToList();
        if (resource.Plural == "nodes")
        {
            found.AddRange(nodes.Select(n => (Key(resource, null, (string)n["metadata"]!["name"]!), n)));
        }
        else if (resource.Plural == "pods")
        {
            found.AddRange(KubernetesWorkloads.Pods(view, nodes).Select(p => (Key(resource, (string?)p["metadata"]!["namespace"], (string)p["metadata"]!["name"]!), p)));
        }
        else if (resource.Plural == "namespaces")
        {
            found.AddRange(BuiltInNamespaces.Where(n => !view.Api.Objects.ContainsKey(Key(resource, null, n))).Select(n => (Key(resource, null, n), Namespace(view, n))));
        }

        return [.. found.OrderBy(f => f.Key, StringComparer.Ordinal)];
    }

    public static JsonObject Namespace(KubernetesView view, string name) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Namespace",
        ["metadata"] = new JsonObject
        {
            ["name"] = name,
            ["uid"] = KubernetesView.Hash("namespace/" + name, 32),
            ["creationTimestamp"] = KubernetesView.Timestamp(view.Cluster.Life.ReadyAt),
            ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = name },
        },
        ["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") },
        ["status"] = new JsonObject { ["phase"] = "Active" },
    };

    private static JsonObject Filled(KubernetesView view, string key, JsonObject value, List<JsonObject> nodes)
    {
        var parts = key.Split('/');
        switch (parts[0])
        {
            case "deployments" or "statefulsets" or "daemonsets":
                KubernetesWorkloads.FillStatus(view, key, value, nodes);
                break;
            case "services":
                KubernetesServices.FillStatus(view, parts[1], parts[2], value);
                break;
            case "pods":
                var spec = value["spec"] as JsonObject ?? [];
                var labels = value["metadata"]?["labels"] as JsonObject ?? [];
                var node = PodPlacement.NodeFor(view, parts[1], spec, labels, parts[2], nodes);
                var pod = KubernetesPods.Pod(view, parts[1], parts[2], labels, spec, node, view.Api.ChangedAt.GetValueOrDefault(key, view.Now), null);
                pod["metadata"] = value["metadata"]!.DeepClone();
                return pod;
        }

        return value;
    }
}
