using EksProvisioner.Core.Catalog;
using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>
/// Reads <c>nodeGroups</c>. Missing means one default node group; an empty list means none (Fargate only).
/// </summary>
internal static class NodeGroupReader
{
    private const int MaxNodes = 1000;
    private const int MaxTaints = 50;

    /// <summary>EKS's default quota of managed node groups per cluster; a request above it would fail mid-way.</summary>
    private const int MaxNodeGroups = 30;

    private static readonly string[] Fields =
        ["name", "instanceTypes", "capacityType", "minSize", "desiredSize", "maxSize", "diskSizeGiB", "amiType", "labels", "taints"];

    public static IReadOnlyList<NodeGroupSpec> ReadAll(JsonFields root, ProblemList problems)
    {
        var items = root.Objects("nodeGroups", "node group objects", Fields);
        if (items is null)
        {
            return root.Has("nodeGroups") ? [] : [RequestDefaults.NodeGroup];
        }

        if (items.Count > MaxNodeGroups)
        {
            problems.Add(root.At("nodeGroups"), $"{items.Count} node groups exceed EKS's default quota of {MaxNodeGroups} managed node groups per cluster; merge some");
        }

        var result = new List<NodeGroupSpec>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, index) in items)
        {
            var name = ChildNames.Read(f, "node group", names, index, "nodeGroups", problems);
            var instanceTypes = InstanceTypes(f, problems);
            var capacity = f.Enum("capacityType", WireNames.CapacityTypes) ?? RequestDefaults.Capacity;
            var (min, desired, max) = Sizes(f, problems);
            var disk = f.Integer("diskSizeGiB", "a whole number of GiB from 1 to 16384") ?? RequestDefaults.DiskSizeGiB;
            if (disk is < 1 or > 16384)
            {
                problems.Add(f.At("diskSizeGiB"), $"{disk} is out of range; use 1 to 16384 GiB");
            }

            var ami = f.String("amiType") ?? RequestDefaults.AmiType;
            if (!AmiTypes.Supported.Contains(ami, StringComparer.Ordinal))
            {
                problems.Add(f.At("amiType"), $"'{ami}' is not supported; use one of {string.Join(", ", AmiTypes.Supported)}");
            }

            var labels = LabelRules.Read(f, "labels", problems);
            var taints = ReadTaints(f, problems);
            result.Add(new NodeGroupSpec(name, instanceTypes, capacity, min, desired, max, disk, ami, labels, taints));
        }

        return result;
    }

    private static IReadOnlyList<string> InstanceTypes(JsonFields f, ProblemList problems)
    {
        var types = f.Strings("instanceTypes", "instance type names") ?? [RequestDefaults.InstanceType];
        if (types.Count == 0)
        {
            problems.Add(f.At("instanceTypes"), "is empty; list at least one instance type such as m5.large, or leave it out");
        }

        for (var i = 0; i < types.Count; i++)
        {
            var at = JsonPath.Index(f.At("instanceTypes"), i);
            if (!AwsSyntax.InstanceType().IsMatch(types[i]))
            {
                problems.Add(at, $"'{types[i]}' is not an EC2 instance type; use family.size such as m5.large or c7g.2xlarge");
            }
            else if (types.Take(i).Contains(types[i], StringComparer.Ordinal))
            {
                problems.Add(at, $"'{types[i]}' is listed twice; list each instance type once");
            }
            else if (!AwsCatalog.InstanceTypes.ContainsKey(types[i]))
            {
                problems.Add(at, $"'{types[i]}' is not in the instance type catalog (as of {AwsCatalog.AsOf}); use one of {string.Join(", ", AwsCatalog.InstanceTypes.Keys)}");
            }
        }

        return types;
    }

    private static (int Min, int Desired, int Max) Sizes(JsonFields f, ProblemList problems)
    {
        const string Order = "need minSize <= desiredSize <= maxSize";
        var min = Bounded(f, "minSize", 0, problems);
        var desired = Bounded(f, "desiredSize", 0, problems);
        var max = Bounded(f, "maxSize", 1, problems);
        var (m, d, x) = RequestDefaults.Sizes(min, desired, max);
        if (m > x)
        {
            problems.Add(f.At("minSize"), $"{m} is greater than maxSize {x}; " + Order);
        }
        else if (d < m)
        {
            problems.Add(f.At("desiredSize"), $"{d} is less than minSize {m}; " + Order);
        }
        else if (d > x)
        {
            problems.Add(f.At("desiredSize"), $"{d} is greater than maxSize {x}; " + Order);
        }

        return (m, d, x);
    }

    private static int? Bounded(JsonFields f, string name, int lowest, ProblemList problems)
    {
        var value = f.Integer(name, $"a whole number from {lowest} to {MaxNodes}");
        if (value is not null && (value < lowest || value > MaxNodes))
        {
            problems.Add(f.At(name), $"{value} is out of range; use {lowest} to {MaxNodes}");
            return null;
        }

        return value;
    }

    private static IReadOnlyList<TaintSpec> ReadTaints(JsonFields f, ProblemList problems)
    {
        var items = f.Objects("taints", "taint objects", ["key", "value", "effect"]);
        if (items is null)
        {
            return [];
        }

        if (items.Count > MaxTaints)
        {
            problems.Add(f.At("taints"), $"lists {items.Count} taints; EKS allows at most {MaxTaints} per node group");
        }

        var taints = new List<TaintSpec>();
        foreach (var (t, _) in items)
        {
            var key = t.String("key");
            if (key is null)
            {
                problems.Add(t.At("key"), "required; give a Kubernetes key such as dedicated or example.com/gpu");
            }
            else if (KubernetesSyntax.CheckKey(key) is { } keyProblem)
            {
                problems.Add(t.At("key"), keyProblem);
            }

            var value = t.String("value") ?? string.Empty;
            if (KubernetesSyntax.CheckValue(value, allowEmpty: true) is { } valueProblem)
            {
                problems.Add(t.At("value"), valueProblem);
            }

            var effect = t.Enum("effect", WireNames.TaintEffects);
            if (effect is null && !t.Has("effect"))
            {
                problems.Add(t.At("effect"), "required; use one of " + string.Join(", ", WireNames.TaintEffects.Keys));
            }

            var taint = new TaintSpec(key ?? string.Empty, value, effect ?? TaintEffect.NoSchedule);
            if (key is not null && effect is not null && taints.Any(x => x.Key == taint.Key && x.Effect == taint.Effect))
            {
                problems.Add(t.Path, $"a taint with key '{key}' and effect {t.String("effect")} is listed twice; each key and effect pair may appear once");
            }

            taints.Add(taint);
        }

        return taints;
    }
}
