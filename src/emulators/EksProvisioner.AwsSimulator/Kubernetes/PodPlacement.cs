using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Eks;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// Where a pod runs: on a Fargate node of its own when an ACTIVE Fargate profile selects its namespace and
/// labels (as EKS's Fargate scheduler does), otherwise on a node-group node whose NoSchedule taints it
/// tolerates and whose labels match its nodeSelector; null when nothing fits (the pod stays Pending).
/// </summary>
internal static class PodPlacement
{
    public static string? NodeFor(KubernetesView view, string ns, JsonObject podSpec, JsonObject labels, string podName, List<JsonObject> nodes)
    {
        if (view.Cluster.FargateProfiles.Values.Any(p => p.Life.PhaseAt(view.Now) == Phase.Active && Selects(p, ns, labels)))
        {
            var hash = KubernetesView.Hash(ns + "/" + podName, 4);
            return $"fargate-ip-10-0-{Convert.ToInt32(hash[..2], 16)}-{Convert.ToInt32(hash[2..], 16) % 254 + 1}.{view.Region}.compute.internal";
        }

        var fitting = nodes.Where(n => Fits(podSpec, n)).ToList();
        if (fitting.Count == 0)
        {
            return null;
        }

        var slot = Convert.ToInt32(KubernetesView.Hash(ns + "/" + podName, 6), 16) % fitting.Count;
        return (string?)fitting[slot]["metadata"]!["name"];
    }

    private static bool Selects(EksFargateProfile profile, string ns, JsonObject labels) =>
        (profile.Selectors as JsonArray ?? []).OfType<JsonObject>().Any(s =>
            (string?)s["namespace"] == ns
            && (s["labels"] as JsonObject ?? []).All(l => (string?)labels[l.Key] == (string?)l.Value));

    private static bool Fits(JsonObject podSpec, JsonObject node)
    {
        var tolerations = (podSpec["tolerations"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var taints = (node["spec"]?["taints"] as JsonArray ?? []).OfType<JsonObject>();
        var tolerated = taints.Where(t => (string?)t["effect"] != "PreferNoSchedule").All(t => tolerations.Any(o =>
            ((string?)o["operator"] == "Exists" && (o["key"] is null || (string?)o["key"] == (string?)t["key"]))
            || ((string?)o["key"] == (string?)t["key"] && (string?)o["value"] == (string?)t["value"])));
        var labels = node["metadata"]!["labels"] as JsonObject ?? [];
        var selected = (podSpec["nodeSelector"] as JsonObject ?? []).All(s => (string?)labels[s.Key] == (string?)s.Value);
        return tolerated && selected;
    }
}
