using EksProvisioner.AwsSimulator.Ec2.Model;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// Elastic IP addresses (domain vpc). ReleaseAddress refuses an associated address with
/// InvalidIPAddress.InUse ("If the address is associated with a resource, you must disassociate it
/// before you can release it", ReleaseAddress API reference); a NAT gateway holds its address until
/// the gateway is deleted. AddressLimitExceeded beyond the quota.
/// </summary>
internal sealed class AddressOperations(Ec2Store store)
{
    private static readonly RegionQuota Quota = new("elastic-ip", q => q.ElasticIpsPerRegion, "AddressLimitExceeded", "The maximum number of addresses has been reached.");

    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["AllocateAddress"] = Allocate;
        table["DescribeAddresses"] = Describe;
        table["ReleaseAddress"] = Release;
        table["AssociateAddress"] = Associate;
        table["DisassociateAddress"] = Disassociate;
    }

    private IEnumerable<object?> Allocate(Ec2Call call)
    {
        var state = store.State;
        var tags = store.TagsForQuotaCreate(call, Quota, state.Addresses.Values);

        var address = new AddressRecord { Id = state.NewId("eipalloc"), Region = call.Region, OwnerId = call.AccountId, PublicIp = state.NewPublicIp(), Tags = tags };
        state.Addresses[address.Id] = address;
        return
        [
            E("publicIp", address.PublicIp),
            E("allocationId", address.Id),
            E("publicIpv4Pool", "amazon"),
            E("networkBorderGroup", address.Region),
            E("domain", "vpc"),
        ];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var publicIps = call.Form.Strings("PublicIp");
        var inRegion = store.State.Addresses.Values.Where(a => a.Region == call.Region).ToList();
        if (publicIps.FirstOrDefault(ip => inRegion.All(a => a.PublicIp != ip)) is { } missing)
        {
            throw new Ec2Exception("InvalidAddress.NotFound", $"Address '{missing}' not found.");
        }

        var addresses = Ec2Store.Describe(inRegion, call, call.Form.Strings("AllocationId"), Ec2Fields.Of<AddressRecord>(
            ("allocation-id", a => [a.Id]),
            ("association-id", a => a.AssociationId is null ? [] : [a.AssociationId]),
            ("domain", a => ["vpc"]),
            ("public-ip", a => [a.PublicIp]),
            ("network-interface-id", a => a.NetworkInterfaceId is null ? [] : [a.NetworkInterfaceId]),
            ("private-ip-address", a => a.PrivateIpAddress is null ? [] : [a.PrivateIpAddress]))).Where(a => publicIps.Count == 0 || publicIps.Contains(a.PublicIp));
        return [Set("addressesSet", addresses, Render)];
    }

    private IEnumerable<object?> Release(Ec2Call call)
    {
        var address = store.Find(store.State.Addresses, call.Form.Required("AllocationId"), call.Region);
        if (address.AssociationId is not null)
        {
            throw Ec2Errors.AddressInUse(address.Id);
        }

        store.State.Addresses.Remove(address.Id);
        return [Bool("return", true)];
    }

    private IEnumerable<object?> Associate(Ec2Call call)
    {
        var state = store.State;
        var address = store.Find(state.Addresses, call.Form.Required("AllocationId"), call.Region);
        var eni = store.Find(state.NetworkInterfaces, call.Form.Required("NetworkInterfaceId"), call.Region);
        if (address.AssociationId is not null && call.Form.Bool("AllowReassociation") != true)
        {
            throw Ec2Errors.AlreadyAssociated($"resource {address.Id} is already associated with associate-id {address.AssociationId}");
        }

        if (!state.InternetGateways.Values.Any(g => g.AttachedVpcId == eni.VpcId))
        {
            throw new Ec2Exception("Gateway.NotAttached", $"Network {eni.VpcId} is not attached to any internet gateway");
        }

        address.AssociationId = state.NewId("eipassoc");
        address.NetworkInterfaceId = eni.Id;
        address.PrivateIpAddress = eni.PrivateIpAddress;
        return [Bool("return", true), E("associationId", address.AssociationId)];
    }

    private IEnumerable<object?> Disassociate(Ec2Call call)
    {
        var id = call.Form.Required("AssociationId");
        var state = store.State;
        var address = state.Addresses.Values.FirstOrDefault(a => a.Region == call.Region && a.AssociationId == id) ?? throw Ec2Errors.NotFound(id);
        if (state.NatGateways.Values.Any(n => n.AssociationId == id))
        {
            throw new Ec2Exception("AuthFailure", "You do not have permission to access the specified resource.");
        }

        address.AssociationId = null;
        address.NetworkInterfaceId = null;
        address.PrivateIpAddress = null;
        return [Bool("return", true)];
    }

    private static object?[] Render(AddressRecord a) =>
    [
        E("publicIp", a.PublicIp),
        E("allocationId", a.Id),
        E("domain", "vpc"),
        Opt("associationId", a.AssociationId),
        Opt("networkInterfaceId", a.NetworkInterfaceId),
        a.NetworkInterfaceId is null ? null : E("networkInterfaceOwnerId", a.OwnerId),
        Opt("privateIpAddress", a.PrivateIpAddress),
        E("publicIpv4Pool", "amazon"),
        E("networkBorderGroup", a.Region),
        TagSet(a.Tags),
    ];
}
