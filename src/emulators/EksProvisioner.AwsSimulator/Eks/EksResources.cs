using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Tagging;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>EKS resources as <c>GET /_simulator/resources</c> lists them, with their EKS status.</summary>
internal static class EksResources
{
    public static List<SimulatedResource> List(IEnumerable<EksRegion> regions, DateTimeOffset now)
    {
        var list = new List<SimulatedResource>();
        foreach (var cluster in regions.SelectMany(region => region.Clusters.Values))
        {
            list.Add(new("eks", "cluster", cluster.Name, cluster.Life.StatusAt(now), cluster.Tags));
            list.AddRange(cluster.Nodegroups.Values.Select(n => new SimulatedResource("eks", "nodegroup", $"{cluster.Name}/{n.Name}", n.Life.StatusAt(now), n.Tags)));
            list.AddRange(cluster.FargateProfiles.Values.Select(f => new SimulatedResource("eks", "fargateprofile", $"{cluster.Name}/{f.Name}", f.Life.StatusAt(now), f.Tags)));
            list.AddRange(cluster.Addons.Values.Select(a => new SimulatedResource("eks", "addon", $"{cluster.Name}/{a.Name}", a.Life.StatusAt(now), a.Tags)));
            list.AddRange(cluster.AccessEntries.Values.Select(e => new SimulatedResource("eks", "access-entry", $"{cluster.Name}/{e.PrincipalArn}", "ACTIVE", e.Tags)));
        }

        return list;
    }

    /// <summary>The region's EKS resources under the ARNs EKS gives them, for the Tagging API.</summary>
    public static List<TaggedResource> Tagged(EksRegion region)
    {
        var list = new List<TaggedResource>();
        foreach (var cluster in region.Clusters.Values)
        {
            list.Add(new(cluster.Arn, cluster.Tags));
            list.AddRange(cluster.Nodegroups.Values.Select(n => new TaggedResource(n.Arn, n.Tags)));
            list.AddRange(cluster.FargateProfiles.Values.Select(f => new TaggedResource(f.Arn, f.Tags)));
            list.AddRange(cluster.Addons.Values.Select(a => new TaggedResource(a.Arn, a.Tags)));
            list.AddRange(cluster.AccessEntries.Values.Select(e => new TaggedResource(e.Arn, e.Tags)));
        }

        return list;
    }
}
