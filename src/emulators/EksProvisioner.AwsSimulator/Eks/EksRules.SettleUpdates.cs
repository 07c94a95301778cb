using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>What an ended update changes: only a Successful one changes the resource.</summary>
internal sealed partial class EksRules
{
    private static void SettleUpdates(EksCluster cluster, DateTimeOffset now)
    {
        foreach (var update in cluster.Updates.Where(u => !u.Settled && !u.RunningAt(now)))
        {
            update.Settled = true;
            if (update.ErrorCode is not null)
            {
                Revert(update, cluster);
                continue;
            }

            if (update.Nodegroup is not null && cluster.Nodegroups.TryGetValue(update.Nodegroup, out var nodegroup))
            {
                ApplyToNodegroup(update, nodegroup, now);
            }
            else if (update.Addon is not null && cluster.Addons.TryGetValue(update.Addon, out var addon))
            {
                addon.Version = update.Param("AddonVersion") ?? addon.Version;
                addon.ServiceAccountRoleArn = update.Param("ServiceAccountRoleArn") ?? addon.ServiceAccountRoleArn;
                addon.ConfigurationValues = update.Param("ConfigurationValues") ?? addon.ConfigurationValues;
            }
            else if (update.Nodegroup is null && update.Addon is null)
            {
                cluster.Version = update.Param("Version") ?? cluster.Version;
            }
        }
    }

    private static void ApplyToNodegroup(EksUpdate update, EksNodegroup nodegroup, DateTimeOffset now)
    {
        nodegroup.ModifiedAt = now;
        if (update.Type == "VersionUpdate")
        {
            nodegroup.Version = update.Param("Version") ?? nodegroup.Version;
            return;
        }

        var body = update.Body is null ? [] : JsonNode.Parse(update.Body)!.AsObject();
        nodegroup.Labels = MergeLabels(nodegroup.Labels as JsonObject, body["labels"] as JsonObject);
        nodegroup.Taints = MergeTaints(nodegroup.Taints as JsonArray, body["taints"] as JsonObject);
        if (body["updateConfig"] is JsonObject updateConfig)
        {
            nodegroup.UpdateConfig = updateConfig.DeepClone();
        }
    }

    /// <summary>A failed scaling change puts the sizes back (nothing else was applied yet).</summary>
    private static void Revert(EksUpdate update, EksCluster cluster)
    {
        if (update.PreviousScaling is [var min, var max, var desired] && update.Nodegroup is not null && cluster.Nodegroups.TryGetValue(update.Nodegroup, out var nodegroup))
        {
            (nodegroup.MinSize, nodegroup.MaxSize, nodegroup.DesiredSize) = (min, max, desired);
        }
    }

    private static JsonObject? MergeLabels(JsonObject? labels, JsonObject? change)
    {
        if (change is null)
        {
            return labels;
        }

        var merged = labels?.DeepClone().AsObject() ?? [];
        foreach (var key in (change["removeLabels"] as JsonArray ?? []).Select(k => k!.GetValue<string>()))
        {
            merged.Remove(key);
        }

        foreach (var (key, value) in change["addOrUpdateLabels"] as JsonObject ?? [])
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }

    private static JsonArray? MergeTaints(JsonArray? taints, JsonObject? change)
    {
        if (change is null)
        {
            return taints;
        }

        static string? Key(JsonNode? taint) => taint?["key"]?.GetValue<string>();
        var removed = (change["removeTaints"] as JsonArray ?? []).Select(Key).ToHashSet();
        var added = change["addOrUpdateTaints"] as JsonArray ?? [];
        var addedKeys = added.Select(Key).ToHashSet();
        var kept = (taints ?? []).Where(t => !removed.Contains(Key(t)) && !addedKeys.Contains(Key(t))).Select(t => t!.DeepClone());
        return new JsonArray([.. kept, .. added.Select(t => t!.DeepClone())]);
    }
}
