using EksProvisioner.AwsSimulator.Ec2.Model;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// NAT gateways, with AWS's lifecycle (<see cref="NatGatewayLifecycle"/>) on the latency model's
/// durations. A public gateway takes its Elastic IP and puts a requester-managed interface in its
/// subnet at once; without an internet gateway on the VPC it ends failed with Gateway.NotAttached, as
/// AWS reports. ClientToken makes CreateNatGateway idempotent; NatGatewayLimitExceeded per zone.
/// </summary>
internal sealed class NatGatewayOperations(Ec2Store store)
{
    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateNatGateway"] = Create;
        table["DescribeNatGateways"] = Describe;
        table["DeleteNatGateway"] = Delete;
    }

    private IEnumerable<object?> Create(Ec2Call call)
    {
        var state = store.State;
        var form = call.Form;
        var subnet = store.Find(state.Subnets, form.Required("SubnetId"), call.Region);
        var connectivity = form.String("ConnectivityType") ?? "public";
        if (connectivity is not ("public" or "private"))
        {
            throw Ec2Errors.InvalidParameterValue($"Value ({connectivity}) for parameter connectivityType is invalid. Valid values: public, private");
        }

        var allocationId = form.String("AllocationId");
        var fingerprint = $"{subnet.Id}|{allocationId}|{connectivity}|{form.String("PrivateIpAddress")}";
        if (ClientTokens.Earlier(store, call, fingerprint) is { } earlier && state.NatGateways.TryGetValue(earlier, out var existing))
        {
            return [E("natGateway", Render(existing)), Opt("clientToken", form.String("ClientToken"))];
        }

        var tags = Ec2Store.TagsFromSpecifications(form, "natgateway");
        AddressRecord? address = null;
        if (connectivity == "public")
        {
            address = store.Find(state.Addresses, allocationId ?? throw Ec2Errors.MissingParameter("AllocationId"), call.Region);
            if (address.AssociationId is not null)
            {
                throw Ec2Errors.AlreadyAssociated($"Elastic IP address [{address.Id}] is already associated");
            }
        }

        var inZone = state.NatGateways.Values.Count(n => n.Region == call.Region && n.State is "pending" or "available" or "deleting"
            && state.Subnets.TryGetValue(n.SubnetId, out var s) && s.AvailabilityZone == subnet.AvailabilityZone);
        if (inZone >= store.Quotas.NatGatewaysPerAvailabilityZone)
        {
            throw Ec2Errors.LimitExceeded("NatGatewayLimitExceeded", $"Performing this operation would exceed the limit of {store.Quotas.NatGatewaysPerAvailabilityZone} NAT gateways");
        }

        var id = state.NewId("nat");
        var eni = store.NewNetworkInterface(subnet, $"Interface for NAT Gateway {id}", "nat_gateway", requesterManaged: true, requesterId: null, [], []);
        var now = store.Now;
        var hasGateway = state.InternetGateways.Values.Any(g => g.AttachedVpcId == subnet.VpcId);
        var nat = new NatGatewayRecord
        {
            Id = id,
            Region = call.Region,
            OwnerId = call.AccountId,
            VpcId = subnet.VpcId,
            SubnetId = subnet.Id,
            ConnectivityType = connectivity,
            AllocationId = address?.Id,
            PublicIp = address?.PublicIp,
            AssociationId = address is null ? null : state.NewId("eipassoc"),
            NetworkInterfaceId = eni.Id,
            PrivateIp = eni.PrivateIpAddress,
            CreateTime = now,
            ReadyAt = now + store.Duration(store.Latency.NatGatewayCreateSeconds),
            FailureCode = connectivity == "public" && !hasGateway ? "Gateway.NotAttached" : null,
            FailureMessage = connectivity == "public" && !hasGateway ? $"Network {subnet.VpcId} has no Internet gateway attached" : null,
            ClientToken = form.String("ClientToken"),
            Tags = tags,
        };
        if (address is not null)
        {
            address.AssociationId = nat.AssociationId;
            address.NetworkInterfaceId = eni.Id;
            address.PrivateIpAddress = eni.PrivateIpAddress;
        }

        state.NatGateways[nat.Id] = nat;
        ClientTokens.Remember(store, call, fingerprint, nat.Id);
        return [Opt("clientToken", nat.ClientToken), E("natGateway", Render(nat))];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var gateways = Ec2Store.Describe(store.State.NatGateways.Values, call, call.Form.Strings("NatGatewayId"), Ec2Fields.Of<NatGatewayRecord>(
            ("nat-gateway-id", n => [n.Id]),
            ("state", n => [n.State]),
            ("subnet-id", n => [n.SubnetId]),
            ("vpc-id", n => [n.VpcId])));
        return [Set("natGatewaySet", gateways, Render)];
    }

    private IEnumerable<object?> Delete(Ec2Call call)
    {
        var nat = store.Find(store.State.NatGateways, call.Form.Required("NatGatewayId"), call.Region);
        if (nat.State == "deleted")
        {
            throw Ec2Errors.NotFound(nat.Id);
        }

        if (nat.State is "pending" or "available")
        {
            var now = store.Now;
            nat.State = "deleting";
            nat.DeleteTime = now;
            nat.DeletedAt = now + store.Duration(store.Latency.NatGatewayDeleteSeconds);
        }

        return [E("natGatewayId", nat.Id)];
    }

    private static object?[] Render(NatGatewayRecord n) =>
    [
        Time("createTime", n.CreateTime),
        n.DeleteTime is { } deleted ? Time("deleteTime", deleted) : null,
        Opt("failureCode", n.FailureCode),
        Opt("failureMessage", n.FailureMessage),
        Set("natGatewayAddressSet", new[] { n }, a => [
            Opt("allocationId", a.AllocationId),
            E("networkInterfaceId", a.NetworkInterfaceId),
            E("privateIp", a.PrivateIp),
            Opt("publicIp", a.PublicIp),
            Opt("associationId", a.AssociationId),
            Bool("isPrimary", true),
            E("status", a.State switch { "pending" => "associating", "available" => "succeeded", "deleting" => "disassociating", "failed" => "failed", _ => "succeeded" }),
        ]),
        E("natGatewayId", n.Id),
        E("state", n.State),
        E("subnetId", n.SubnetId),
        E("vpcId", n.VpcId),
        TagSet(n.Tags),
        E("connectivityType", n.ConnectivityType),
    ];
}
