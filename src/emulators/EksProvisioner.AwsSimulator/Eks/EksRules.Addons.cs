using System.Text.Json.Nodes;
using static EksProvisioner.AwsSimulator.Eks.EksBody;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>Add-on rules.</summary>
internal sealed partial class EksRules
{
    /// <summary>The add-ons the simulated EKS offers and the default version of each.</summary>
    private static readonly Dictionary<string, string> AddonVersions = new(StringComparer.Ordinal)
    {
        ["vpc-cni"] = "v1.20.4-eksbuild.1",
        ["coredns"] = "v1.12.4-eksbuild.1",
        ["kube-proxy"] = "v1.33.3-eksbuild.6",
        ["aws-ebs-csi-driver"] = "v1.48.0-eksbuild.1",
        ["aws-efs-csi-driver"] = "v2.1.11-eksbuild.1",
        ["eks-pod-identity-agent"] = "v1.3.8-eksbuild.2",
        ["amazon-cloudwatch-observability"] = "v4.4.0-eksbuild.1",
        ["metrics-server"] = "v0.8.0-eksbuild.2",
    };

    public EksAddon CreateAddon(string regionName, string clusterName, JsonObject body)
    {
        var (call, earlier) = StartChildCreate(regionName, "CreateAddon", clusterName, "addonName", body, c => c.Addons);
        if (earlier is not null)
        {
            return earlier;
        }

        var (region, name) = (call.Region, call.Name);

        var cluster = ActiveCluster(regionName, clusterName);
        if (!AddonVersions.TryGetValue(name, out var defaultVersion))
        {
            throw EksErrors.InvalidParameter($"Addon {name} specified is not supported in {cluster.Version} kubernetes version");
        }

        if (cluster.Addons.ContainsKey(name))
        {
            throw EksErrors.InUse("Addon already exists.");
        }

        var serviceAccountRole = Optional(body, "serviceAccountRoleArn");
        var addon = new EksAddon
        {
            Name = name,
            Arn = Arn(regionName, $"addon/{clusterName}/{name}/{NewUuid(region, "addon/" + name)}"),
            ClusterName = clusterName,
            Version = Optional(body, "addonVersion") ?? defaultVersion,
            Life = Lifecycle.Started(Now, _durations.Of(Latency.AddonCreateSeconds)),
            ServiceAccountRoleArn = serviceAccountRole,
            ConfigurationValues = Optional(body, "configurationValues"),
            Tags = Tags(body),
        };
        cluster.Addons[name] = addon;
        Remember(call);
        return addon;
    }

    public EksAddon Addon(string regionName, string clusterName, string name) =>
        Cluster(regionName, clusterName).Addons.GetValueOrDefault(name)
        ?? throw EksErrors.NotFound($"No addon: {name} found in cluster: {clusterName}");

    public EksAddon DeleteAddon(string regionName, string clusterName, string name)
    {
        var addon = Addon(regionName, clusterName, name);
        addon.Life.StartDeleting(Now, _durations.Of(Latency.AddonDeleteSeconds));
        return addon;
    }
}
