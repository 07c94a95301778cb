using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Workflow.Tests.Fakes;

/// <summary>Route tables, Elastic IPs, NAT gateways and network interfaces of <see cref="FakeEc2"/>.</summary>
internal sealed partial class FakeEc2
{
    public Task<CreateRouteTableResponse> CreateRouteTableAsync(CreateRouteTableRequest request, CancellationToken cancellationToken = default)
    {
        Get(Vpcs, request.VpcId, "InvalidVpcID.NotFound");
        var table = Idempotent(request.ClientToken, () =>
        {
            var created = new RouteTable { RouteTableId = NewId("rtb"), VpcId = request.VpcId, Routes = [], Associations = [], Tags = TagsOf(request.TagSpecifications, ResourceType.RouteTable) };
            RouteTables[created.RouteTableId] = created;
            Calls.Add("CreateRouteTable " + created.RouteTableId);
            return created;
        });
        return Task.FromResult(new CreateRouteTableResponse { RouteTable = table, ClientToken = request.ClientToken });
    }

    public Task<DescribeRouteTablesResponse> DescribeRouteTablesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeRouteTablesResponse
        {
            RouteTables = Match(
                RouteTables.Values.Where(t => request.RouteTableIds is not { Count: > 0 } || request.RouteTableIds.Contains(t.RouteTableId)),
                request.Filters,
                t => t.Tags,
                (t, f) => f == "vpc-id" ? [t.VpcId] : null),
        });

    public Task<CreateRouteResponse> CreateRouteAsync(CreateRouteRequest request, CancellationToken cancellationToken = default)
    {
        var table = Get(RouteTables, request.RouteTableId, "InvalidRouteTableID.NotFound");
        if (table.Routes.Any(r => r.DestinationCidrBlock == request.DestinationCidrBlock))
        {
            throw new AwsResourceAlreadyExistsException("RouteAlreadyExists: The route identified by 0.0.0.0/0 already exists.") { AwsErrorCode = "RouteAlreadyExists" };
        }

        table.Routes.Add(new Route { DestinationCidrBlock = request.DestinationCidrBlock, GatewayId = request.GatewayId, NatGatewayId = request.NatGatewayId });
        Calls.Add("CreateRoute " + table.RouteTableId);
        return Task.FromResult(new CreateRouteResponse { Return = true });
    }

    public Task<AssociateRouteTableResponse> AssociateRouteTableAsync(AssociateRouteTableRequest request, CancellationToken cancellationToken = default)
    {
        var table = Get(RouteTables, request.RouteTableId, "InvalidRouteTableID.NotFound");
        Get(Subnets, request.SubnetId, "InvalidSubnetID.NotFound");
        if (RouteTables.Values.Any(t => (t.Associations ?? []).Any(a => a.SubnetId == request.SubnetId)))
        {
            throw new AwsRequestFailedException($"Resource.AlreadyAssociated: the subnet {request.SubnetId} is already associated") { AwsErrorCode = "Resource.AlreadyAssociated" };
        }

        var association = new RouteTableAssociation { RouteTableAssociationId = NewId("rtbassoc"), RouteTableId = table.RouteTableId, SubnetId = request.SubnetId, Main = false };
        table.Associations.Add(association);
        Calls.Add("AssociateRouteTable " + table.RouteTableId + " " + request.SubnetId);
        return Task.FromResult(new AssociateRouteTableResponse { AssociationId = association.RouteTableAssociationId });
    }

    public Task<DisassociateRouteTableResponse> DisassociateRouteTableAsync(DisassociateRouteTableRequest request, CancellationToken cancellationToken = default)
    {
        var table = RouteTables.Values.FirstOrDefault(t => (t.Associations ?? []).Any(a => a.RouteTableAssociationId == request.AssociationId))
            ?? throw new AwsResourceNotFoundException($"InvalidAssociationID.NotFound: {request.AssociationId}");
        table.Associations.RemoveAll(a => a.RouteTableAssociationId == request.AssociationId);
        Calls.Add("DisassociateRouteTable " + request.AssociationId);
        return Task.FromResult(new DisassociateRouteTableResponse());
    }

    public Task<DeleteRouteTableResponse> DeleteRouteTableAsync(DeleteRouteTableRequest request, CancellationToken cancellationToken = default)
    {
        var table = Get(RouteTables, request.RouteTableId, "InvalidRouteTableID.NotFound");
        if ((table.Associations ?? []).Count > 0)
        {
            throw new DependencyStillPresentException($"DependencyViolation: The routeTable '{table.RouteTableId}' has dependencies and cannot be deleted.");
        }

        RouteTables.Remove(table.RouteTableId);
        Calls.Add("DeleteRouteTable " + table.RouteTableId);
        return Task.FromResult(new DeleteRouteTableResponse());
    }

    public Task<AllocateAddressResponse> AllocateAddressAsync(AllocateAddressRequest request, CancellationToken cancellationToken = default)
    {
        var address = new Address { AllocationId = NewId("eipalloc"), PublicIp = $"203.0.113.{_next % 250}", Domain = DomainType.Vpc, Tags = TagsOf(request.TagSpecifications, ResourceType.ElasticIp) };
        Addresses[address.AllocationId] = address;
        Calls.Add("AllocateAddress " + address.AllocationId);
        return Task.FromResult(new AllocateAddressResponse { AllocationId = address.AllocationId, PublicIp = address.PublicIp });
    }

    public Task<DescribeAddressesResponse> DescribeAddressesAsync(DescribeAddressesRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeAddressesResponse { Addresses = Match(Addresses.Values, request.Filters, a => a.Tags, (_, _) => null) });

    public Task<ReleaseAddressResponse> ReleaseAddressAsync(ReleaseAddressRequest request, CancellationToken cancellationToken = default)
    {
        var address = Get(Addresses, request.AllocationId, "InvalidAllocationID.NotFound");
        if (address.AssociationId is not null)
        {
            throw new DependencyStillPresentException($"InvalidIPAddress.InUse: Address {address.PublicIp} is in use.");
        }

        Addresses.Remove(address.AllocationId);
        Calls.Add("ReleaseAddress " + address.AllocationId);
        return Task.FromResult(new ReleaseAddressResponse());
    }

    public Task<CreateNatGatewayResponse> CreateNatGatewayAsync(CreateNatGatewayRequest request, CancellationToken cancellationToken = default)
    {
        var subnet = Get(Subnets, request.SubnetId, "InvalidSubnetID.NotFound");
        var address = Get(Addresses, request.AllocationId, "InvalidAllocationID.NotFound");
        var nat = Idempotent(request.ClientToken, () =>
        {
            var created = new NatGateway
            {
                NatGatewayId = NewId("nat"),
                SubnetId = subnet.SubnetId,
                VpcId = subnet.VpcId,
                State = NatGatewayState.Pending,
                CreateTime = time.GetUtcNow().UtcDateTime,
                NatGatewayAddresses = [new NatGatewayAddress { AllocationId = address.AllocationId }],
                Tags = TagsOf(request.TagSpecifications, ResourceType.Natgateway),
            };
            address.AssociationId = NewId("eipassoc");
            NatGateways[created.NatGatewayId] = created;
            Calls.Add("CreateNatGateway " + created.NatGatewayId);
            return created;
        });
        return Task.FromResult(new CreateNatGatewayResponse { NatGateway = nat, ClientToken = request.ClientToken });
    }

    public Task<DescribeNatGatewaysResponse> DescribeNatGatewaysAsync(DescribeNatGatewaysRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeNatGatewaysResponse
        {
            NatGateways = Match(
                NatGateways.Values.Where(n => request.NatGatewayIds is not { Count: > 0 } || request.NatGatewayIds.Contains(n.NatGatewayId)),
                request.Filter,
                n => n.Tags,
                (n, f) => f == "vpc-id" ? [n.VpcId] : null),
        });

    public Task<DeleteNatGatewayResponse> DeleteNatGatewayAsync(DeleteNatGatewayRequest request, CancellationToken cancellationToken = default)
    {
        var nat = Get(NatGateways, request.NatGatewayId, "NatGatewayNotFound");
        if (nat.State == NatGatewayState.Deleted)
        {
            throw new AwsResourceNotFoundException($"NatGatewayNotFound: {nat.NatGatewayId} was deleted");
        }

        nat.State = NatGatewayState.Deleting;
        Calls.Add("DeleteNatGateway " + nat.NatGatewayId);
        if (DeleteImmediately)
        {
            FinishNatDeletions();
        }

        return Task.FromResult(new DeleteNatGatewayResponse { NatGatewayId = nat.NatGatewayId });
    }

    public Task<DescribeNetworkInterfacesResponse> DescribeNetworkInterfacesAsync(DescribeNetworkInterfacesRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeNetworkInterfacesResponse
        {
            NetworkInterfaces = Match(NetworkInterfaces.Values, request.Filters, n => n.TagSet, (n, f) => f == "vpc-id" ? [n.VpcId] : null),
        });

    public Task<DeleteNetworkInterfaceResponse> DeleteNetworkInterfaceAsync(DeleteNetworkInterfaceRequest request, CancellationToken cancellationToken = default)
    {
        var eni = Get(NetworkInterfaces, request.NetworkInterfaceId, "InvalidNetworkInterfaceID.NotFound");
        if (eni.Status != NetworkInterfaceStatus.Available)
        {
            throw new DependencyStillPresentException($"InvalidNetworkInterface.InUse: {eni.NetworkInterfaceId} is in use");
        }

        NetworkInterfaces.Remove(eni.NetworkInterfaceId);
        Calls.Add("DeleteNetworkInterface " + eni.NetworkInterfaceId);
        return Task.FromResult(new DeleteNetworkInterfaceResponse());
    }

    /// <summary>Adds a network interface someone else made (EKS, a load balancer), as a leftover for teardown.</summary>
    public NetworkInterface AddForeignInterface(string subnetId, bool inUse)
    {
        var subnet = Get(Subnets, subnetId, "InvalidSubnetID.NotFound");
        var eni = new NetworkInterface
        {
            NetworkInterfaceId = NewId("eni"),
            SubnetId = subnet.SubnetId,
            VpcId = subnet.VpcId,
            Status = inUse ? NetworkInterfaceStatus.InUse : NetworkInterfaceStatus.Available,
            TagSet = [],
            Groups = [],
        };
        NetworkInterfaces[eni.NetworkInterfaceId] = eni;
        return eni;
    }
}
