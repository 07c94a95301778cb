namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>Tagging by ARN (clusters, node groups, Fargate profiles, add-ons, access entries).</summary>
internal sealed partial class EksRules
{
    public Dictionary<string, string> TagsOf(string arn)
    {
        var region = arn.Split(':') is { Length: > 3 } parts ? parts[3] : throw EksErrors.BadRequest($"{arn} is not a valid ARN");
        foreach (var cluster in Region(region).Clusters.Values)
        {
            if (cluster.Arn == arn)
            {
                return cluster.Tags;
            }

            var tags = cluster.Nodegroups.Values.FirstOrDefault(n => n.Arn == arn)?.Tags
                ?? cluster.FargateProfiles.Values.FirstOrDefault(f => f.Arn == arn)?.Tags
                ?? cluster.Addons.Values.FirstOrDefault(a => a.Arn == arn)?.Tags
                ?? cluster.AccessEntries.Values.FirstOrDefault(e => e.Arn == arn)?.Tags;
            if (tags is not null)
            {
                return tags;
            }
        }

        throw EksErrors.TagTargetNotFound($"Resource {arn} was not found");
    }
}
