using Amazon.EC2.Model;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Network;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;
using CoreZone = EksProvisioner.Core.Network.AvailabilityZone;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CreateNetwork: VPC (DNS support and hostnames), a public and a private subnet per zone with the
/// load balancer role tags and the cluster tag, internet gateway, public route table (0.0.0.0/0 to the
/// gateway), the control-plane security group, and the Elastic IPs and NAT gateways of the NAT policy.
/// NAT gateways take ~90 s; CheckNetwork waits for them and then adds the private routes.
/// </summary>
public sealed class CreateNetwork(IEc2Client ec2, TimeProvider timeProvider, NameScope scope)
{
    /// <summary>The cluster tag value: the subnets are ours, but other clusters may share them.</summary>
    public const string ClusterTagValue = "shared";

    public async Task<NetworkState> RunAsync(StageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var spec = input.Request.Network;
        var names = scope.For(environment.Name);
        var ct = cancellationToken;
        var zones = await ChooseZonesAsync(spec, ct);

        var vpcId = await NetworkParts.EnsureVpcAsync(ec2, environment, names.Vpc, spec.VpcCidr, ct);
        var clusterTag = TagKeys.ClusterOwnership(names.Cluster);
        var publicSubnets = new List<string>();
        var privateSubnets = new List<string>();
        for (var i = 0; i < zones.Count; i++)
        {
            publicSubnets.Add(await NetworkParts.EnsureSubnetAsync(
                ec2, environment, vpcId, names.PublicSubnet(i), spec.PublicSubnetCidrs[i], zones[i],
                new Dictionary<string, string> { [TagKeys.ElbRole] = "1", [clusterTag] = ClusterTagValue }, mapPublicIp: true, ct));
            privateSubnets.Add(await NetworkParts.EnsureSubnetAsync(
                ec2, environment, vpcId, names.PrivateSubnet(i), spec.PrivateSubnetCidrs[i], zones[i],
                new Dictionary<string, string> { [TagKeys.InternalElbRole] = "1", [clusterTag] = ClusterTagValue }, mapPublicIp: false, ct));
        }

        var gatewayId = await NetworkParts.EnsureInternetGatewayAsync(ec2, environment, vpcId, names.InternetGateway, ct);
        var publicTable = await RoutingParts.EnsureRouteTableAsync(ec2, environment, vpcId, names.PublicRouteTable, ct);
        await RoutingParts.EnsureRoutesAsync(ec2, publicTable, gatewayId, null, publicSubnets, ct);
        var securityGroup = await NetworkParts.EnsureSecurityGroupAsync(ec2, environment, vpcId, names.ControlPlaneSecurityGroup, ct);

        var allocations = new List<string>();
        var nats = new List<NatGateway>();
        for (var i = 0; i < spec.NatGatewayCount; i++)
        {
            var allocation = await RoutingParts.EnsureAddressAsync(ec2, environment, names.NatElasticIp(i), ct);
            allocations.Add(allocation);
            nats.Add(await RoutingParts.EnsureNatGatewayAsync(ec2, environment, names.NatGateway(i), publicSubnets[i], allocation, ct));
        }

        var now = timeProvider.GetUtcNow();
        return new NetworkState
        {
            VpcId = vpcId,
            Zones = zones,
            PublicSubnetIds = publicSubnets,
            PrivateSubnetIds = privateSubnets,
            InternetGatewayId = gatewayId,
            PublicRouteTableId = publicTable,
            SecurityGroupId = securityGroup,
            AllocationIds = allocations,
            NatGatewayIds = [.. nats.Select(n => StageError.Required(n.NatGatewayId, "the NAT gateway id"))],
            StartedAt = nats.Select(n => n.CreateTime).Where(t => t is not null).Select(t => new DateTimeOffset(DateTime.SpecifyKind(t!.Value, DateTimeKind.Utc))).DefaultIfEmpty(now).Min(),
            Done = false,
            WaitSeconds = WaitMath.MinSeconds,
        };
    }

    private async Task<IReadOnlyList<string>> ChooseZonesAsync(NetworkSpec spec, CancellationToken ct)
    {
        if (spec.AvailabilityZones is { Count: > 0 } explicitZones)
        {
            return explicitZones;
        }

        var response = await ec2.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest(), ct);
        var zones = (response.AvailabilityZones ?? [])
            .Where(z => z.State is null || z.State == Amazon.EC2.AvailabilityZoneState.Available)
            .Where(z => z.ZoneType is null || z.ZoneType == "availability-zone")
            .Select(z => new CoreZone(z.ZoneName, z.ZoneId ?? string.Empty))
            .ToList();
        return ZoneChooser.Choose(zones, spec.AvailabilityZoneCount);
    }
}
