using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>A pod object: Pending (unschedulable, or still starting) or Running on its node.</summary>
internal static class KubernetesPods
{
    public static JsonObject Pod(KubernetesView view, string ns, string name, JsonObject labels, JsonObject spec, string? node, DateTimeOffset since, JsonObject? owner)
    {
        var running = node is not null && view.Now >= since + KubernetesView.PodStart;
        var podSpec = (JsonObject)spec.DeepClone();
        if (node is not null)
        {
            podSpec["nodeName"] = node;
        }

        var metadata = new JsonObject
        {
            ["name"] = name,
            ["namespace"] = ns,
            ["uid"] = KubernetesView.Hash(ns + "/" + name, 32),
            ["labels"] = labels.DeepClone(),
            ["creationTimestamp"] = KubernetesView.Timestamp(since),
        };
        if (owner is not null)
        {
            metadata["ownerReferences"] = new JsonArray(new JsonObject
            {
                ["apiVersion"] = (string?)owner["apiVersion"],
                ["kind"] = (string?)owner["kind"],
                ["name"] = (string?)owner["metadata"]!["name"],
                ["uid"] = (string?)owner["metadata"]!["uid"],
                ["controller"] = true,
            });
        }

        var containers = (spec["containers"] as JsonArray ?? []).OfType<JsonObject>().Select(c => (JsonNode)new JsonObject
        {
            ["name"] = (string?)c["name"],
            ["image"] = (string?)c["image"],
            ["ready"] = running,
            ["restartCount"] = 0,
            ["started"] = running,
            ["state"] = running
                ? new JsonObject { ["running"] = new JsonObject { ["startedAt"] = KubernetesView.Timestamp(since + KubernetesView.PodStart) } }
                : new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "ContainerCreating" } },
        });
        var status = new JsonObject
        {
            ["phase"] = running ? "Running" : "Pending",
            ["conditions"] = new JsonArray(
                node is null
                    ? new JsonObject { ["type"] = "PodScheduled", ["status"] = "False", ["reason"] = "Unschedulable", ["message"] = "0/0 nodes are available: no node or Fargate profile matches the pod." }
                    : new JsonObject { ["type"] = "PodScheduled", ["status"] = "True" },
                new JsonObject { ["type"] = "Ready", ["status"] = running ? "True" : "False" }),
        };
        if (node is not null)
        {
            status["containerStatuses"] = new JsonArray([.. containers]);
            status["podIP"] = "10.0." + Convert.ToInt32(KubernetesView.Hash(name, 2), 16) + "." + (Convert.ToInt32(KubernetesView.Hash(ns + name, 2), 16) % 254 + 1);
            status["startTime"] = KubernetesView.Timestamp(since);
        }

        return new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Pod", ["metadata"] = metadata, ["spec"] = podSpec, ["status"] = status };
    }
}
