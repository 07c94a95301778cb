using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Planning;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage BuildOutput: the environment's output from the document alone (no AWS call): endpoint,
/// certificate, a kubeconfig using <c>aws eks get-token</c>, every resource created, expiry and timings.
/// </summary>
public sealed class BuildOutput(TimeProvider timeProvider, NameScope scope)
{
    public Task<EnvironmentOutput> RunAsync(BuildOutputInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var cluster = StageError.Required(input.Resources.Cluster, "the cluster in $.resources");
        var endpoint = StageError.Required(cluster.Endpoint, "the cluster endpoint");
        var certificate = StageError.Required(cluster.CertificateAuthorityData, "the cluster certificate");
        var kubeconfig = Kubeconfig.For(
            cluster.Name, cluster.Arn, endpoint, certificate, environment.Region, scope.For(environment.Name).KubeconfigContext);
        var startedAt = input.StartTime ?? environment.CreatedAt;
        var finishedAt = timeProvider.GetUtcNow();
        return Task.FromResult(new EnvironmentOutput(
            environment.Name,
            environment.Region,
            cluster.Name,
            cluster.Arn,
            endpoint,
            certificate,
            kubeconfig,
            Resources(input),
            environment.ExpiresAt,
            new Timings(startedAt, cluster.CreatedAt, finishedAt, (finishedAt - startedAt).TotalSeconds)));
    }

    private static List<CreatedResource> Resources(BuildOutputInput input)
    {
        var resources = input.Resources;
        var network = resources.Network;
        var list = new List<CreatedResource>
        {
            new(ResourceTypes.IamRole, resources.ClusterRole.RoleArn, resources.ClusterRole.RoleName),
            new(ResourceTypes.IamRole, resources.NodeRoles.NodeRole.RoleArn, resources.NodeRoles.NodeRole.RoleName),
        };
        if (resources.NodeRoles.FargatePodExecutionRole is { } fargate)
        {
            list.Add(new(ResourceTypes.IamRole, fargate.RoleArn, fargate.RoleName));
        }

        list.Add(new(ResourceTypes.Vpc, network.VpcId, null));
        list.AddRange(network.PublicSubnetIds.Concat(network.PrivateSubnetIds).Select(id => new CreatedResource(ResourceTypes.Subnet, id, null)));
        list.Add(new(ResourceTypes.InternetGateway, network.InternetGatewayId, null));
        list.AddRange(network.PrivateRouteTableIds.Prepend(network.PublicRouteTableId).Select(id => new CreatedResource(ResourceTypes.RouteTable, id, null)));
        list.Add(new(ResourceTypes.SecurityGroup, network.SecurityGroupId, null));
        list.AddRange(network.AllocationIds.Select(id => new CreatedResource(ResourceTypes.ElasticIp, id, null)));
        list.AddRange(network.NatGatewayIds.Select(id => new CreatedResource(ResourceTypes.NatGateway, id, null)));
        var cluster = StageError.Required(resources.Cluster, "the cluster in $.resources");
        list.Add(new(ResourceTypes.Cluster, cluster.Arn, cluster.Name));
        var capacity = input.Capacity;
        list.AddRange(capacity.NodeGroups.Select(n => new CreatedResource(ResourceTypes.Nodegroup, n.Arn, n.Name)));
        list.AddRange(capacity.FargateProfiles.Select(f => new CreatedResource(ResourceTypes.FargateProfile, f.Arn, f.Name)));
        list.AddRange((capacity.Addons?.Addons ?? []).Select(a => new CreatedResource(ResourceTypes.Addon, a.Arn, a.Name)));
        list.AddRange((capacity.AccessEntries?.Entries ?? []).Select(e => new CreatedResource(ResourceTypes.AccessEntry, e.AccessEntryArn ?? e.PrincipalArn, e.PrincipalArn)));
        return list;
    }
}
