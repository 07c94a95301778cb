using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Planning;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CheckNetwork: waits until every NAT gateway is available, then adds one private route table
/// per zone (0.0.0.0/0 to the zone's NAT gateway, or the single one) associated with the zone's private
/// subnet. Without NAT gateways the private tables have only the local route.
/// </summary>
public sealed class CheckNetwork(IEc2Client ec2, TimeProvider timeProvider, NameScope scope)
{
    public async Task<NetworkState> RunAsync(CheckNetworkInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var network = input.Network;
        var environment = input.Environment;
        var ct = cancellationToken;
        if (network.NatGatewayIds.Count > 0)
        {
            var nats = (await ec2.DescribeNatGatewaysAsync(new DescribeNatGatewaysRequest { NatGatewayIds = [.. network.NatGatewayIds] }, ct)).NatGateways ?? [];
            var failed = nats.FirstOrDefault(n => n.State == NatGatewayState.Failed || n.State == NatGatewayState.Deleted || n.State == NatGatewayState.Deleting);
            if (failed is not null)
            {
                throw new ResourceFailedException(
                    $"NAT gateway {failed.NatGatewayId} is {failed.State?.Value}: {failed.FailureCode} {failed.FailureMessage}".TrimEnd());
            }

            if (nats.Count < network.NatGatewayIds.Count || nats.Any(n => n.State != NatGatewayState.Available))
            {
                var wait = WaitMath.NextWaitSeconds(
                    LatencyTable.For(ResourceTypes.NatGateway), network.StartedAt, timeProvider.GetUtcNow(), $"NAT gateways of {environment.Name}", environment.ProvisioningDeadline);
                return network with { Done = false, WaitSeconds = wait };
            }
        }

        var tables = new List<string>();
        for (var i = 0; i < network.Zones.Count; i++)
        {
            var table = await RoutingParts.EnsureRouteTableAsync(ec2, environment, network.VpcId, scope.For(environment.Name).PrivateRouteTable(i), ct);
            string? nat = network.NatGatewayIds.Count == 0 ? null : network.NatGatewayIds[Math.Min(i, network.NatGatewayIds.Count - 1)];
            await RoutingParts.EnsureRoutesAsync(ec2, table, null, nat, [network.PrivateSubnetIds[i]], ct);
            tables.Add(table);
        }

        return network with { PrivateRouteTableIds = tables, Done = true, WaitSeconds = 0 };
    }
}
