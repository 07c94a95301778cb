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
    /// <param name="prefix">The stack's name prefix; the default one when null.</param>
    public static ResourcePlan Plan(EnvironmentRequest request, DateTimeOffset createdAt, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var names = new NameScope(prefix ?? NameScope.DefaultPrefix, request.Region).For(request.Name);
        var builder = new PlanBuilder(request.Name, OwnershipTags.For(request, createdAt));
        var network = request.Network;
        var zones = network.AvailabilityZoneCount;

        var clusterRole = builder.Add(ResourceTypes.IamRole, names.ClusterRole, []);
        var nodeRole = request.NodeGroups.Count > 0 ? builder.Add(ResourceTypes.IamRole, names.NodeRole, []) : null;
        var fargateRole = request.FargateProfiles.Count > 0 ? builder.Add(ResourceTypes.IamRole, names.FargatePodExecutionRole, []) : null;

        var vpc = builder.AddEc2(ResourceTypes.Vpc, names.Vpc, []);
        var igw = builder.AddEc2(ResourceTypes.InternetGateway, names.InternetGateway, [vpc]);
        var publicSubnets = Enumerable.Range(0, zones)
            .Select(i => builder.AddSubnet(names.PublicSubnet(i), vpc, TagKeys.ElbRole, names.Cluster))
            .ToList();
        var privateSubnets = Enumerable.Range(0, zones)
            .Select(i => builder.AddSubnet(names.PrivateSubnet(i), vpc, TagKeys.InternalElbRole, names.Cluster))
            .ToList();
        var publicTable = builder.AddEc2(ResourceTypes.RouteTable, names.PublicRouteTable, [vpc, igw, .. publicSubnets]);

        var nats = new List<string>();
        for (var i = 0; i < network.NatGatewayCount; i++)
        {
            var eip = builder.AddEc2(ResourceTypes.ElasticIp, names.NatElasticIp(i), [igw]);
            nats.Add(builder.AddEc2(ResourceTypes.NatGateway, names.NatGateway(i), [eip, publicSubnets[i], publicTable]));
        }

        var privateTables = Enumerable.Range(0, zones)
            .Select(i => builder.AddEc2(ResourceTypes.RouteTable, names.PrivateRouteTable(i),
                nats.Count == 0 ? [vpc, privateSubnets[i]] : [vpc, privateSubnets[i], nats[Math.Min(i, nats.Count - 1)]]))
            .ToList();
        var securityGroup = builder.AddEc2(ResourceTypes.SecurityGroup, names.ControlPlaneSecurityGroup, [vpc]);

        var cluster = builder.Add(ResourceTypes.Cluster, names.Cluster, [clusterRole, .. publicSubnets, .. privateSubnets, securityGroup]);
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
            builder.Add(ResourceTypes.AccessEntry, names.AdminAccessEntry(i), [cluster]);
        }

        var resources = builder.Build();
        return new ResourcePlan(resources, Estimator.Estimate(request, resources));
    }
}
