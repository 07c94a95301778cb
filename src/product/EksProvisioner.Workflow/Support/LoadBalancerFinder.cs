using EksProvisioner.Aws.ElasticLoadBalancing;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Finds the load balancers and target groups Kubernetes made for a cluster, by the tags eksctl looks
/// for: <c>kubernetes.io/cluster/&lt;cluster&gt;</c> (in-tree cloud provider, any value) or
/// <c>elbv2.k8s.aws/cluster=&lt;cluster&gt;</c> (AWS Load Balancer Controller).
/// </summary>
internal static class LoadBalancerFinder
{
    /// <summary>DescribeTags takes at most 20 ARNs per call.</summary>
    private const int TagBatch = 20;

    public static async Task<List<LoadBalancer>> LoadBalancersAsync(IElbv2Client elb, string cluster, CancellationToken ct)
    {
        var all = new List<LoadBalancer>();
        string? marker = null;
        do
        {
            var page = await elb.DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest { Marker = marker }, ct);
            all.AddRange(page.LoadBalancers ?? []);
            marker = page.NextMarker;
        }
        while (!string.IsNullOrEmpty(marker));

        var owned = await OwnedArnsAsync(elb, cluster, all.Select(l => l.LoadBalancerArn!), ct);
        return [.. all.Where(l => owned.Contains(l.LoadBalancerArn!))];
    }

    public static async Task<List<TargetGroup>> TargetGroupsAsync(IElbv2Client elb, string cluster, CancellationToken ct)
    {
        var all = new List<TargetGroup>();
        string? marker = null;
        do
        {
            var page = await elb.DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest { Marker = marker }, ct);
            all.AddRange(page.TargetGroups ?? []);
            marker = page.NextMarker;
        }
        while (!string.IsNullOrEmpty(marker));

        var owned = await OwnedArnsAsync(elb, cluster, all.Select(g => g.TargetGroupArn!), ct);
        return [.. all.Where(g => owned.Contains(g.TargetGroupArn!))];
    }

    /// <summary>True when <paramref name="tags"/> mark a resource as made by Kubernetes for <paramref name="cluster"/>.</summary>
    public static bool IsForCluster(IEnumerable<Tag> tags, string cluster) =>
        tags.Any(t => t.Key == "kubernetes.io/cluster/" + cluster || (t.Key == "elbv2.k8s.aws/cluster" && t.Value == cluster));

    private static async Task<HashSet<string>> OwnedArnsAsync(IElbv2Client elb, string cluster, IEnumerable<string> arns, CancellationToken ct)
    {
        var owned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in arns.Chunk(TagBatch))
        {
            var described = await elb.DescribeTagsAsync(new DescribeTagsRequest { ResourceArns = batch }, ct);
            owned.UnionWith((described.TagDescriptions ?? []).Where(d => IsForCluster(d.Tags ?? [], cluster)).Select(d => d.ResourceArn!));
        }

        return owned;
    }
}
