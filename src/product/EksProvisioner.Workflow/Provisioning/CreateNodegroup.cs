using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Contract;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CreateNodegroup: one managed node group of the Map, in the private subnets (the public ones
/// when there is no NAT gateway), tagged and with an idempotency token; CheckNodegroup waits.
/// </summary>
public sealed class CreateNodegroup(IEksClient eks, TimeProvider timeProvider)
{
    public async Task<WaitedResource> RunAsync(NodegroupInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var spec = input.NodeGroup;
        var network = input.Resources.Network;
        var cluster = StageError.Required(input.Resources.Cluster, "the cluster in $.resources").Name;
        var nodegroup = await AwsIdioms.CreateOrAdoptAsync(
            async ct => (await eks.CreateNodegroupAsync(
                new CreateNodegroupRequest
                {
                    ClusterName = cluster,
                    NodegroupName = spec.Name,
                    Version = input.Request.KubernetesVersion,
                    ScalingConfig = new NodegroupScalingConfig { MinSize = spec.MinSize, DesiredSize = spec.DesiredSize, MaxSize = spec.MaxSize },
                    DiskSize = spec.DiskSizeGiB,
                    Subnets = input.Request.Network.NodesInPublicSubnets ? network.PublicSubnetIds : network.PrivateSubnetIds,
                    InstanceTypes = spec.InstanceTypes,
                    AmiType = spec.AmiType,
                    CapacityType = spec.CapacityType == CapacityType.Spot ? "SPOT" : "ON_DEMAND",
                    NodeRole = input.Resources.NodeRoles.NodeRole.RoleArn,
                    Labels = spec.Labels.Count == 0 ? null : spec.Labels,
                    Taints = spec.Taints.Count == 0 ? null : [.. spec.Taints.Select(ToEks)],
                    Tags = environment.Tags,
                    ClientRequestToken = IdempotencyTokens.For(environment.Name, environment.CreatedAt, "nodegroup/" + spec.Name),
                },
                ct)).Nodegroup,
            async ct =>
            {
                var existing = (await eks.DescribeNodegroupAsync(new DescribeNodegroupRequest { ClusterName = cluster, NodegroupName = spec.Name }, ct)).Nodegroup;
                return EksOwnership.Owned(existing, existing?.Tags);
            },
            environment.Name,
            $"node group {spec.Name} of cluster {cluster}",
            cancellationToken);

        var created = StageError.Required(nodegroup, "the node group");
        return StartedResource.Of(cluster, spec.Name, "the node group", created.NodegroupArn, created.Status, created.CreatedAt, timeProvider);
    }

    private static Taint ToEks(TaintSpec taint) => new()
    {
        Key = taint.Key,
        Value = taint.Value,
        Effect = taint.Effect switch
        {
            TaintEffect.NoSchedule => "NO_SCHEDULE",
            TaintEffect.NoExecute => "NO_EXECUTE",
            _ => "PREFER_NO_SCHEDULE",
        },
    };
}
