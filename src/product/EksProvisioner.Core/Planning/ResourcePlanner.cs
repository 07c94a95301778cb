using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Planning;

/// <summary>
/// Turns a defaulted request into the resources the environment will have, in creation order, each
/// tagged so that rollback and teardown can find it by <see cref="TagKeys.Environment"/>.
/// </summary>
public static class ResourcePlanner
{
    /// <summary>The plan for <paramref name="request"/> created at <paramref name="createdAt"/> (which fixes eksprov:expires-at).</summary>
    public static ResourcePlan Plan(EnvironmentRequest request, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new PlanBuilder(request.Name, OwnershipTags.For(request, createdAt));
        var env = request.Name;
        var network = request.Network;
        var zones = network.AvailabilityZoneCount;

        var clusterRole = builder.Add(ResourceTypes.IamRole, ResourceNames.ClusterRole(env), []);
        var nodeRole = request.NodeGroups.Count > 0 ? builder.Add(ResourceTypes.IamRole, ResourceNames.NodeRole(env), []) : null;
        var fargateRole = request.FargateProfiles.Count > 0 ? builder.Add(ResourceTypes.IamRole, ResourceNames.FargatePodExecutionRole(env), []) : null;

        var vpc = builder.AddEc2(ResourceTypes.Vpc, ResourceNames.Vpc(env), []);
        var igw = builder.AddEc2(ResourceTypes.InternetGateway, ResourceNames.InternetGateway(env), [vpc]);
        var publicSubnets = Enumerable.Range(0, zones)
            .Select(i => builder.AddSubnet(ResourceNames.PublicSubnet(env, i), vpc, TagKeys.ElbRole, ResourceNames.Cluster(env)))
            .ToList();
        var privateSubnets = Enumerable.Range(0, zones)
            .Select(i => builder.AddSubnet(ResourceNames.PrivateSubnet(env, i), vpc, TagKeys.InternalElbRole, ResourceNames.Cluster(env)))
            .ToList();
        var publicTable = builder.AddEc2(ResourceTypes.RouteTable, ResourceNames.PublicRouteTable(env), [vpc, igw, .. publicSubnets]);

        var nats = new List<string>();
        for (var i = 0; i < network.NatGatewayCount; i++)
        {
            var eip = builder.AddEc2(ResourceTypes.ElasticIp, ResourceNames.NatElasticIp(env, i), [igw]);
            nats.Add(builder.AddEc2(ResourceTypes.NatGateway, ResourceNames.NatGateway(env, i), [eip, publicSubnets[i], publicTable]));
        }

        var privateTables = Enumerable.Range(0, zones)
            .Select(i => builder.AddEc2(ResourceTypes.RouteTable, ResourceNames.PrivateRouteTable(env, i),
                nats.Count == 0 ? [vpc, privateSubnets[i]] : [vpc, privateSubnets[i], nats[Math.Min(i, nats.Count - 1)]]))
            .ToList();
        var securityGroup = builder.AddEc2(ResourceTypes.SecurityGroup, ResourceNames.ControlPlaneSecurityGroup(env), [vpc]);

        var cluster = builder.Add(ResourceTypes.Cluster, ResourceNames.Cluster(env), [clusterRole, .. publicSubnets, .. privateSubnets, securityGroup]);
        IReadOnlyList<string> nodeNetwork = network.NodesInPublicSubnets ? [publicTable] : privateTables;
        var compute = request.NodeGroups
            .Select(group => builder.Add(ResourceTypes.Nodegroup, group.Name, [cluster, nodeRole!, .. nodeNetwork]))
            .ToList();

        // EKS creates one Fargate profile at a time per cluster, so each waits for the one before.
        string? previousProfile = null;
        foreach (var profile in request.FargateProfiles)
        {
            List<string> after = [cluster, fargateRole!, .. privateTables];
            if (previousProfile is not null)
            {
                after.Add(previousProfile);
            }

            previousProfile = builder.Add(ResourceTypes.FargateProfile, profile.Name, after);
            compute.Add(previousProfile);
        }

        // Add-ons such as coredns only become ACTIVE once there is somewhere to run their pods.
        foreach (var addon in request.Addons)
        {
            builder.Add(ResourceTypes.Addon, addon.Name, [cluster, .. compute]);
        }

        for (var i = 0; i < request.Access.AdminPrincipalArns.Count; i++)
        {
            builder.Add(ResourceTypes.AccessEntry, ResourceNames.AdminAccessEntry(env, i), [cluster]);
        }

        var resources = builder.Build();
        return new ResourcePlan(resources, Estimator.Estimate(request, resources));
    }
}
