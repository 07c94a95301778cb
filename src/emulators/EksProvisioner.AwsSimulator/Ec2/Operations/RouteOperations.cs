using EksProvisioner.AwsSimulator.Ec2.Model;
using EksProvisioner.Core.Network;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// CreateRoute and DeleteRoute. One route per destination (RouteAlreadyExists); an internet gateway
/// target must be attached to the table's VPC; the local route cannot be deleted. Routes whose target
/// is gone or detached show as blackhole, as AWS shows them.
/// </summary>
internal sealed class RouteOperations(Ec2Store store)
{
    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateRoute"] = CreateRoute;
        table["DeleteRoute"] = DeleteRoute;
    }

    /// <summary>active, or blackhole when the target is gone, detached or deleting.</summary>
    public static string State(Ec2State state, RouteRecord route)
    {
        var alive = route switch
        {
            { GatewayId: "local" } => true,
            { GatewayId: { } igw } => state.InternetGateways.TryGetValue(igw, out var g) && g.AttachedVpcId is not null,
            { NatGatewayId: { } nat } => state.NatGateways.TryGetValue(nat, out var n) && n.State is "pending" or "available",
            { NetworkInterfaceId: { } eni } => state.NetworkInterfaces.ContainsKey(eni),
            _ => false,
        };
        return alive ? "active" : "blackhole";
    }

    private IEnumerable<object?> CreateRoute(Ec2Call call)
    {
        var state = store.State;
        var table = store.Find(state.RouteTables, call.Form.Required("RouteTableId"), call.Region);
        var destination = call.Form.Required("DestinationCidrBlock");
        _ = Ipv4Cidr.TryParse(destination, out _) ?? throw Ec2Errors.InvalidCidr("destinationCidrBlock", destination);
        var gatewayId = call.Form.String("GatewayId");
        var natGatewayId = call.Form.String("NatGatewayId");
        var interfaceId = call.Form.String("NetworkInterfaceId");
        if (new[] { gatewayId, natGatewayId, interfaceId }.Count(t => t is not null) != 1)
        {
            throw Ec2Errors.InvalidParameterValue("The request must contain exactly one of gatewayId, natGatewayId, networkInterfaceId");
        }

        if (gatewayId is not null)
        {
            var gateway = state.InternetGateways.TryGetValue(gatewayId, out var g) && g.Region == call.Region
                ? g : throw new Ec2Exception("InvalidGatewayID.NotFound", $"The gateway ID '{gatewayId}' does not exist");
            if (gateway.AttachedVpcId != table.VpcId)
            {
                throw Ec2Errors.InvalidParameterValue($"route table {table.Id} and network gateway {gateway.Id} belong to different networks");
            }
        }

        if (natGatewayId is not null && !(state.NatGateways.TryGetValue(natGatewayId, out var nat) && nat.Region == call.Region && nat.State is "pending" or "available"))
        {
            throw new Ec2Exception("InvalidNatGatewayID.NotFound", $"The natGateway ID '{natGatewayId}' does not exist");
        }

        if (interfaceId is not null)
        {
            _ = store.Find(state.NetworkInterfaces, interfaceId, call.Region);
        }

        if (table.Routes.Any(r => r.DestinationCidrBlock == destination))
        {
            throw new Ec2Exception("RouteAlreadyExists", $"The route identified by {destination} already exists.");
        }

        table.Routes.Add(new RouteRecord(destination, gatewayId, natGatewayId, interfaceId, "CreateRoute"));
        return [Bool("return", true)];
    }

    private IEnumerable<object?> DeleteRoute(Ec2Call call)
    {
        var table = store.Find(store.State.RouteTables, call.Form.Required("RouteTableId"), call.Region);
        var destination = call.Form.Required("DestinationCidrBlock");
        var route = table.Routes.FirstOrDefault(r => r.DestinationCidrBlock == destination && r.GatewayId != "local")
            ?? throw new Ec2Exception("InvalidRoute.NotFound", $"no route with destination-cidr-block {destination} in route table {table.Id}");
        table.Routes.Remove(route);
        return [Bool("return", true)];
    }
}
