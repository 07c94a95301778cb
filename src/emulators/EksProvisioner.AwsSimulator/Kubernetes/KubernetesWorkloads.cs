using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// The pods the controllers would make for Deployments, StatefulSets and DaemonSets, and the workloads' status
/// from them: a scheduled pod runs <see cref="KubernetesView.PodStart"/> after its workload last changed.
/// </summary>
internal static class KubernetesWorkloads
{
    private static readonly string[] Kinds = ["deployments", "statefulsets", "daemonsets"];

    public static List<JsonObject> Pods(KubernetesView view, List<JsonObject> nodes)
    {
        var pods = new List<JsonObject>();
        foreach (var (key, workload) in view.Api.Objects.Where(o => Kinds.Contains(o.Key.Split('/')[0])))
        {
            pods.AddRange(PodsOf(view, key, workload, nodes));
        }

        return pods;
    }

    /// <summary>Fills a workload's status the way kubectl rollout status reads it.</summary>
    public static void FillStatus(KubernetesView view, string key, JsonObject workload, List<JsonObject> nodes)
    {
        var pods = PodsOf(view, key, workload, nodes).ToList();
        var running = pods.Count(p => (string?)p["status"]!["phase"] == "Running");
        var generation = (long?)workload["metadata"]!["generation"] ?? 1;
        var status = new JsonObject { ["observedGeneration"] = generation };
        if (key.StartsWith("daemonsets/", StringComparison.Ordinal))
        {
            status["desiredNumberScheduled"] = pods.Count;
            status["currentNumberScheduled"] = pods.Count;
            status["updatedNumberScheduled"] = pods.Count;
            status["numberReady"] = running;
            status["numberAvailable"] = running;
        }
        else
        {
            status["replicas"] = pods.Count;
            status["updatedReplicas"] = pods.Count;
            status["readyReplicas"] = running;
            status["availableReplicas"] = running;
            status["currentReplicas"] = pods.Count;
            status["unavailableReplicas"] = pods.Count - running;
            status["conditions"] = new JsonArray(
                new JsonObject { ["type"] = "Available", ["status"] = running == pods.Count ? "True" : "False", ["reason"] = running == pods.Count ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable" },
                new JsonObject { ["type"] = "Progressing", ["status"] = "True", ["reason"] = running == pods.Count ? "NewReplicaSetAvailable" : "ReplicaSetUpdated" });
        }

        workload["status"] = status;
    }

    private static IEnumerable<JsonObject> PodsOf(KubernetesView view, string key, JsonObject workload, List<JsonObject> nodes)
    {
        var parts = key.Split('/');
        var (kind, ns, name) = (parts[0], parts[1], parts[2]);
        var template = workload["spec"]?["template"] as JsonObject ?? [];
        var spec = template["spec"] as JsonObject ?? [];
        var labels = template["metadata"]?["labels"] as JsonObject ?? [];
        var changed = view.Api.ChangedAt.GetValueOrDefault(key, view.Now);
        var podHash = KubernetesView.Hash(template.ToJsonString(), 10);
        var names = kind switch
        {
            "statefulsets" => Enumerable.Range(0, Replicas(workload)).Select(i => $"{name}-{i}").ToList(),
            "daemonsets" => nodes.Select(n => $"{name}-{KubernetesView.Hash((string?)n["metadata"]!["name"] ?? string.Empty, 5)}").ToList(),
            _ => Enumerable.Range(0, Replicas(workload)).Select(i => $"{name}-{podHash}-{KubernetesView.Hash(podHash + i, 5)}").ToList(),
        };
        foreach (var podName in names)
        {
            var node = PodPlacement.NodeFor(view, ns, spec, labels, podName, nodes);
            yield return KubernetesPods.Pod(view, ns, podName, labels, spec, node, changed, workload);
        }
    }

    private static int Replicas(JsonObject workload) => (int?)workload["spec"]?["replicas"] ?? 1;
}
