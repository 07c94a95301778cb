using System.Text.Json.Nodes;
using static EksProvisioner.AwsSimulator.Eks.EksBody;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>Fargate profile rules.</summary>
internal sealed partial class EksRules
{
    public EksFargateProfile CreateFargateProfile(string regionName, string clusterName, JsonObject body)
    {
        var (call, earlier) = StartChildCreate(regionName, "CreateFargateProfile", clusterName, "fargateProfileName", body, c => c.FargateProfiles);
        if (earlier is not null)
        {
            return earlier;
        }

        var (region, name) = (call.Region, call.Name);

        var cluster = ActiveCluster(regionName, clusterName);
        var now = Now;
        if (cluster.FargateProfiles.ContainsKey(name))
        {
            throw EksErrors.InvalidParameter("A Fargate Profile already exists with this name in this cluster.");
        }

        // "If any Fargate profiles in a cluster are in the DELETING status, you must wait for that
        // Fargate profile to finish deleting before you can create any other profiles" (CreateFargateProfile).
        if (cluster.FargateProfiles.Values.Any(f => f.Life.PhaseAt(now) == Phase.Deleting))
        {
            throw EksErrors.InvalidRequest($"Cannot create Fargate Profile {name} because cluster {clusterName} currently has a Fargate Profile in DELETING status");
        }

        if (cluster.FargateProfiles.Count >= context.Quotas.FargateProfilesPerCluster)
        {
            throw EksErrors.Limit($"Fargate profile limit exceeded for cluster {clusterName}. The limit is {context.Quotas.FargateProfilesPerCluster}.");
        }

        var subnets = body["subnets"] is JsonArray ? Strings(body, "subnets") : [.. cluster.SubnetIds];
        ValidateSubnets(subnets, cluster.VpcId.Length == 0 ? null : cluster.VpcId);
        var roleArn = Required(body, "podExecutionRoleArn");
        RequireAssumableRole(roleArn);

        var profile = new EksFargateProfile
        {
            Name = name,
            Arn = Arn(regionName, $"fargateprofile/{clusterName}/{name}/{NewUuid(region, "fargate/" + name)}"),
            ClusterName = clusterName,
            PodExecutionRoleArn = roleArn,
            Life = Lifecycle.Started(now, _durations.Of(Latency.FargateProfileCreateSeconds)),
            Subnets = subnets,
            Selectors = body["selectors"]?.DeepClone(),
            Tags = Tags(body),
        };
        cluster.FargateProfiles[name] = profile;
        Remember(call);
        return profile;
    }

    public EksFargateProfile FargateProfile(string regionName, string clusterName, string name) =>
        Cluster(regionName, clusterName).FargateProfiles.GetValueOrDefault(name)
        ?? throw EksErrors.NotFound($"No Fargate Profile found with name: {name}.");

    /// <summary>"Only one Fargate profile in a cluster can be in the DELETING status at a time" (DeleteFargateProfile).</summary>
    public EksFargateProfile DeleteFargateProfile(string regionName, string clusterName, string name)
    {
        var cluster = Cluster(regionName, clusterName);
        var profile = FargateProfile(regionName, clusterName, name);
        var now = Now;
        if (profile.Life.PhaseAt(now) == Phase.Deleting)
        {
            return profile;
        }

        var other = cluster.FargateProfiles.Values.FirstOrDefault(f => f.Life.PhaseAt(now) == Phase.Deleting);
        if (other is not null)
        {
            throw EksErrors.InUse($"Cannot delete Fargate Profile {name} because cluster {clusterName} currently has Fargate profile {other.Name} in DELETING status");
        }

        profile.Life.StartDeleting(now, _durations.Of(Latency.FargateProfileDeleteSeconds));
        return profile;
    }
}
