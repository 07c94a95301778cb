using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Faults;
using static EksProvisioner.AwsSimulator.Eks.EksBody;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// Updates: each returns an id, runs InProgress for its duration from the latency model (the resource
/// reports UPDATING and stays usable), refuses a second update of the same resource with
/// ResourceInUseException, and changes the resource only when it ends Successful.
/// </summary>
internal sealed partial class EksRules
{
    public EksUpdate UpdateClusterVersion(string regionName, string clusterName, JsonObject body, FaultError? failure)
    {
        var cluster = ActiveCluster(regionName, clusterName);
        RequireIdle(cluster.Life, $"Cluster {clusterName} has an update in progress");
        var version = Required(body, "version");
        var (from, to) = (Array.IndexOf(Versions, cluster.Version), Array.IndexOf(Versions, version));
        if (to < 0)
        {
            throw EksErrors.InvalidParameter($"unsupported Kubernetes version {version}");
        }

        // EKS upgrades one minor version at a time and never downgrades.
        if (to != from + 1)
        {
            throw EksErrors.InvalidParameter($"Unsupported Kubernetes minor version update from {cluster.Version} to {version}");
        }

        return Start(regionName, cluster, cluster.Life, new UpdateStart("VersionUpdate", null, null, Latency.ClusterVersionUpdateSeconds, failure, null),
            [new("Version", version), new("PlatformVersion", "eks.1")]);
    }

    public EksUpdate UpdateNodegroupVersion(string regionName, string clusterName, string name, JsonObject body, FaultError? failure)
    {
        var cluster = Cluster(regionName, clusterName);
        var nodegroup = UpdatableNodegroup(cluster, name);
        var version = Optional(body, "version") ?? cluster.Version;
        var (index, clusterIndex, current) = (Array.IndexOf(Versions, version), Array.IndexOf(Versions, cluster.Version), Array.IndexOf(Versions, nodegroup.Version));
        if (index < 0 || index > clusterIndex)
        {
            throw EksErrors.InvalidParameter($"Requested Nodegroup Kubernetes Version {version} is not supported or is newer than the cluster version {cluster.Version}");
        }

        if (index < current)
        {
            throw EksErrors.InvalidParameter($"Requested Nodegroup Kubernetes Version {version} is older than the node group's version {nodegroup.Version}");
        }

        var release = Optional(body, "releaseVersion") ?? EksJson.ReleaseVersion(version);
        return Start(regionName, cluster, nodegroup.Life, new UpdateStart("VersionUpdate", name, null, Latency.NodegroupVersionUpdateSeconds, failure, null),
            [new("Version", version), new("ReleaseVersion", release)]);
    }

    public EksUpdate UpdateNodegroupConfig(string regionName, string clusterName, string name, JsonObject body, FaultError? failure)
    {
        var cluster = Cluster(regionName, clusterName);
        var nodegroup = UpdatableNodegroup(cluster, name);
        var parameters = new List<EksUpdateParam>();
        if (body["scalingConfig"] is JsonObject scaling)
        {
            var min = Int(scaling, "minSize") ?? nodegroup.MinSize;
            var max = Int(scaling, "maxSize") ?? nodegroup.MaxSize;
            var desired = Int(scaling, "desiredSize") ?? nodegroup.DesiredSize;
            ValidateScaling(min, max, desired);
            parameters.AddRange([new("MinSize", Text(min)), new("MaxSize", Text(max)), new("DesiredSize", Text(desired))]);
        }

        AddJson(parameters, body["labels"]?["addOrUpdateLabels"], "LabelsToAdd");
        AddJson(parameters, body["labels"]?["removeLabels"], "LabelsToRemove");
        AddJson(parameters, body["taints"]?["addOrUpdateTaints"], "TaintsToAdd");
        AddJson(parameters, body["taints"]?["removeTaints"], "TaintsToRemove");
        AddJson(parameters, body["updateConfig"]?["maxUnavailable"], "MaxUnavailable");
        AddJson(parameters, body["updateConfig"]?["maxUnavailablePercentage"], "MaxUnavailablePercentage");
        if (parameters.Count == 0)
        {
            throw EksErrors.InvalidParameter("No changes needed");
        }

        var update = Start(regionName, cluster, nodegroup.Life, new UpdateStart("ConfigUpdate", name, null, Latency.NodegroupConfigUpdateSeconds, failure, body.ToJsonString()), parameters);
        if (update.Param("DesiredSize") is not null)
        {
            update.PreviousScaling = [nodegroup.MinSize, nodegroup.MaxSize, nodegroup.DesiredSize];
            (nodegroup.MinSize, nodegroup.MaxSize, nodegroup.DesiredSize) = (Number(update, "MinSize"), Number(update, "MaxSize"), Number(update, "DesiredSize"));
        }

        nodegroup.ModifiedAt = Now;
        return update;
    }

    public EksUpdate UpdateAddon(string regionName, string clusterName, string name, JsonObject body, FaultError? failure)
    {
        var cluster = Cluster(regionName, clusterName);
        var addon = Addon(regionName, clusterName, name);
        if (addon.Life.PhaseAt(Now) != Phase.Active)
        {
            throw EksErrors.InvalidRequest($"Addon {name} is not in ACTIVE status");
        }

        RequireIdle(addon.Life, $"Addon {name} has an update in progress");
        var parameters = new List<EksUpdateParam>();
        AddText(parameters, Optional(body, "addonVersion"), "AddonVersion");
        AddText(parameters, Optional(body, "serviceAccountRoleArn"), "ServiceAccountRoleArn");
        AddText(parameters, Optional(body, "resolveConflicts"), "ResolveConflicts");
        AddText(parameters, Optional(body, "configurationValues"), "ConfigurationValues");
        return Start(regionName, cluster, addon.Life, new UpdateStart("AddonUpdate", null, name, Latency.AddonUpdateSeconds, failure, null), parameters);
    }

    public EksUpdate Update(string regionName, string clusterName, string id, string? nodegroup, string? addon) =>
        Cluster(regionName, clusterName).Updates.FirstOrDefault(u => u.Id == id && u.Nodegroup == nodegroup && u.Addon == addon)
        ?? throw EksErrors.NotFound($"No update found for ID: {id}");

    public List<string> UpdateIds(string regionName, string clusterName, string? nodegroup, string? addon) =>
        [.. Cluster(regionName, clusterName).Updates.Where(u => u.Nodegroup == nodegroup && u.Addon == addon).Select(u => u.Id)];

    /// <summary>
    /// How many nodes of a node group are running: none while it is created, then moving one node at a
    /// time towards a new desired size while a scaling update runs, as the Auto Scaling group does.
    /// </summary>
    public int RunningNodes(string regionName, string clusterName, string name)
    {
        var (cluster, nodegroup, now) = (Cluster(regionName, clusterName), Nodegroup(regionName, clusterName, name), Now);
        if (nodegroup.Life.PhaseAt(now) != Phase.Active)
        {
            return 0;
        }

        var scaling = cluster.Updates.LastOrDefault(u => u.Nodegroup == nodegroup.Name && u.PreviousScaling is not null && u.RunningAt(now));
        if (scaling is null)
        {
            return nodegroup.DesiredSize;
        }

        // A change that is going to fail never gets its nodes: they stay where they were.
        var from = scaling.PreviousScaling![2];
        if (scaling.ErrorCode is not null)
        {
            return from;
        }

        var done = (now - scaling.CreatedAt) / (scaling.DoneAt - scaling.CreatedAt);
        return from + (int)((nodegroup.DesiredSize - from) * done);
    }

    private EksNodegroup UpdatableNodegroup(EksCluster cluster, string name)
    {
        var nodegroup = cluster.Nodegroups.GetValueOrDefault(name) ?? throw EksErrors.NotFound($"No node group found for name: {name}.");
        if (nodegroup.Life.PhaseAt(Now) != Phase.Active)
        {
            throw EksErrors.InUse($"Nodegroup {name} cannot be updated because it is not in ACTIVE status");
        }

        RequireIdle(nodegroup.Life, $"Nodegroup {name} cannot be updated because it has an update in progress");
        return nodegroup;
    }

    private void RequireIdle(Lifecycle life, string message)
    {
        if (life.UpdatingAt(Now))
        {
            throw EksErrors.InUse(message);
        }
    }

    private EksUpdate Start(string regionName, EksCluster cluster, Lifecycle life, UpdateStart start, List<EksUpdateParam> parameters)
    {
        var now = Now;
        var update = new EksUpdate
        {
            Id = NewUuid(Region(regionName), $"update/{cluster.Name}/{start.Nodegroup ?? start.Addon}"),
            Type = start.Type,
            Nodegroup = start.Nodegroup,
            Addon = start.Addon,
            Params = parameters,
            CreatedAt = now,
            DoneAt = now + _durations.Of(start.Seconds),
            ErrorCode = start.Failure?.Code,
            ErrorMessage = start.Failure is null ? null : start.Failure.Message ?? $"Injected fault: {start.Failure.Code}",
            Body = start.Body,
        };
        life.UpdatingUntil = update.DoneAt;
        cluster.Updates.Add(update);
        return update;
    }

    private static int Number(EksUpdate update, string type) => int.Parse(update.Param(type)!, CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddJson(List<EksUpdateParam> parameters, JsonNode? value, string type)
    {
        if (value is not null)
        {
            parameters.Add(new(type, value.ToJsonString()));
        }
    }

    private static void AddText(List<EksUpdateParam> parameters, string? value, string type)
    {
        if (value is not null)
        {
            parameters.Add(new(type, value));
        }
    }

    /// <summary>What kind of update to start, on what, for how long, and whether a fault fails it.</summary>
    private sealed record UpdateStart(string Type, string? Nodegroup, string? Addon, double Seconds, FaultError? Failure, string? Body);
}
