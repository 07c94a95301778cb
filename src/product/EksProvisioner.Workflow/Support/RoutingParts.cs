using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Find-or-create for route tables, their default routes and subnet associations, Elastic IPs and NAT
/// gateways. Route tables and NAT gateways also carry an idempotency token derived from the environment.
/// </summary>
internal static class RoutingParts
{
    public const string AnyIpv4 = "0.0.0.0/0";

    public static async Task<string> EnsureRouteTableAsync(IEc2Client ec2, EnvironmentInfo environment, string vpcId, string name, CancellationToken ct)
    {
        var existing = (await NetworkFinder.RouteTablesAsync(ec2, environment.Name, name, ct)).FirstOrDefault(t => t.VpcId == vpcId);
        if (existing is not null)
        {
            return StageError.Required(existing.RouteTableId, "the route table id");
        }

        var created = await ec2.CreateRouteTableAsync(
            new CreateRouteTableRequest
            {
                VpcId = vpcId,
                ClientToken = IdempotencyTokens.For(environment.Name, environment.CreatedAt, name),
                TagSpecifications = Ec2Tags.Spec(ResourceType.RouteTable, environment.Tags, name),
            },
            ct);
        return StageError.Required(created.RouteTable?.RouteTableId, "the route table id");
    }

    /// <summary>Adds 0.0.0.0/0 to an internet gateway or NAT gateway unless the table has it already; associates the subnets.</summary>
    public static async Task EnsureRoutesAsync(
        IEc2Client ec2, string routeTableId, string? internetGatewayId, string? natGatewayId, IEnumerable<string> subnetIds, CancellationToken ct)
    {
        var table = ((await ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [routeTableId] }, ct)).RouteTables ?? [])
            .FirstOrDefault() ?? throw new AwsResourceNotFoundException($"route table {routeTableId} disappeared");
        if ((internetGatewayId ?? natGatewayId) is not null && !(table.Routes ?? []).Any(r => r.DestinationCidrBlock == AnyIpv4))
        {
            await ec2.CreateRouteAsync(
                new CreateRouteRequest
                {
                    RouteTableId = routeTableId,
                    DestinationCidrBlock = AnyIpv4,
                    GatewayId = internetGatewayId,
                    NatGatewayId = natGatewayId,
                },
                ct);
        }

        var associated = (table.Associations ?? []).Select(a => a.SubnetId).ToHashSet(StringComparer.Ordinal);
        foreach (var subnetId in subnetIds.Where(s => !associated.Contains(s)))
        {
            await ec2.AssociateRouteTableAsync(new AssociateRouteTableRequest { RouteTableId = routeTableId, SubnetId = subnetId }, ct);
        }
    }

    public static async Task<string> EnsureAddressAsync(IEc2Client ec2, EnvironmentInfo environment, string name, CancellationToken ct)
    {
        var existing = (await NetworkFinder.AddressesAsync(ec2, environment.Name, name, ct)).FirstOrDefault();
        if (existing is not null)
        {
            return StageError.Required(existing.AllocationId, "the allocation id");
        }

        var created = await ec2.AllocateAddressAsync(
            new AllocateAddressRequest { Domain = DomainType.Vpc, TagSpecifications = Ec2Tags.Spec(ResourceType.ElasticIp, environment.Tags, name) }, ct);
        return StageError.Required(created.AllocationId, "the allocation id");
    }

    public static async Task<NatGateway> EnsureNatGatewayAsync(
        IEc2Client ec2, EnvironmentInfo environment, string name, string subnetId, string allocationId, CancellationToken ct)
    {
        var existing = (await NetworkFinder.LiveNatGatewaysAsync(ec2, environment.Name, name, ct)).FirstOrDefault();
        if (existing is not null)
        {
            return existing;
        }

        var created = await ec2.CreateNatGatewayAsync(
            new CreateNatGatewayRequest
            {
                SubnetId = subnetId,
                AllocationId = allocationId,
                ClientToken = IdempotencyTokens.For(environment.Name, environment.CreatedAt, name),
                TagSpecifications = Ec2Tags.Spec(ResourceType.Natgateway, environment.Tags, name),
            },
            ct);
        return StageError.Required(created.NatGateway, "the NAT gateway");
    }
}
