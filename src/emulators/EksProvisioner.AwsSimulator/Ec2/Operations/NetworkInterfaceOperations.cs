using EksProvisioner.AwsSimulator.Ec2.Model;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// Network interfaces. Interfaces that a service (EKS, a NAT gateway) made are requester-managed and
/// in-use: DeleteNetworkInterface answers InvalidNetworkInterface.InUse for them ("You must detach a
/// network interface before you can delete it", DeleteNetworkInterface API reference), and they keep
/// their subnet and VPC from being deleted until the service removes them.
/// </summary>
internal sealed class NetworkInterfaceOperations(Ec2Store store)
{
    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateNetworkInterface"] = Create;
        table["DescribeNetworkInterfaces"] = Describe;
        table["DeleteNetworkInterface"] = Delete;
    }

    private IEnumerable<object?> Create(Ec2Call call)
    {
        var state = store.State;
        var subnet = store.Find(state.Subnets, call.Form.Required("SubnetId"), call.Region);
        var groups = call.Form.Strings("SecurityGroupId");
        foreach (var id in groups)
        {
            if (store.Find(state.SecurityGroups, id, call.Region).VpcId != subnet.VpcId)
            {
                throw Ec2Errors.InvalidParameterValue($"security group {id} and subnet {subnet.Id} belong to different networks.");
            }
        }

        var description = call.Form.String("Description") ?? string.Empty;
        var fingerprint = $"{subnet.Id}|{string.Join(',', groups)}|{description}";
        if (ClientTokens.Earlier(store, call, fingerprint) is { } earlier && state.NetworkInterfaces.TryGetValue(earlier, out var existing))
        {
            return [E("networkInterface", Render(existing)), Opt("clientToken", call.Form.String("ClientToken"))];
        }

        var tags = Ec2Store.TagsFromSpecifications(call.Form, "network-interface");
        var defaultGroup = state.SecurityGroups.Values.Where(g => g.VpcId == subnet.VpcId && g.IsDefault).Select(g => g.Id);
        var eni = store.NewNetworkInterface(subnet, description, "interface", requesterManaged: false, requesterId: null, groups.Count > 0 ? groups : defaultGroup, tags);
        ClientTokens.Remember(store, call, fingerprint, eni.Id);
        return [E("networkInterface", Render(eni)), Opt("clientToken", call.Form.String("ClientToken"))];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var interfaces = Ec2Store.Describe(store.State.NetworkInterfaces.Values, call, call.Form.Strings("NetworkInterfaceId"), Ec2Fields.Of<NetworkInterfaceRecord>(
            ("network-interface-id", n => [n.Id]),
            ("subnet-id", n => [n.SubnetId]),
            ("vpc-id", n => [n.VpcId]),
            ("status", n => [n.Status]),
            ("description", n => [n.Description]),
            ("group-id", n => n.GroupIds),
            ("requester-managed", n => [n.RequesterManaged ? "true" : "false"]),
            ("requester-id", n => n.RequesterId is null ? [] : [n.RequesterId]),
            ("interface-type", n => [n.InterfaceType]),
            ("availability-zone", n => [n.AvailabilityZone]),
            ("private-ip-address addresses.private-ip-address", n => [n.PrivateIpAddress]),
            ("attachment.status", n => n.Status == "in-use" ? ["attached"] : [])));
        return [Set("networkInterfaceSet", interfaces, Render)];
    }

    private IEnumerable<object?> Delete(Ec2Call call)
    {
        var eni = store.Find(store.State.NetworkInterfaces, call.Form.Required("NetworkInterfaceId"), call.Region);
        if (eni.Status == "in-use")
        {
            throw new Ec2Exception("InvalidNetworkInterface.InUse", $"Network interface '{eni.Id}' is currently in use.");
        }

        store.State.NetworkInterfaces.Remove(eni.Id);
        return [Bool("return", true)];
    }

    private object?[] Render(NetworkInterfaceRecord n)
    {
        var state = store.State;
        var address = state.Addresses.Values.FirstOrDefault(a => a.NetworkInterfaceId == n.Id);
        var dnsName = $"ip-{n.PrivateIpAddress.Replace('.', '-')}.{(n.Region == "us-east-1" ? "ec2.internal" : n.Region + ".compute.internal")}";
        object? association = address is null ? null : E(
            "association",
            E("publicIp", address.PublicIp),
            E("ipOwnerId", address.OwnerId),
            E("allocationId", address.Id),
            Opt("associationId", address.AssociationId));
        return
        [
            E("networkInterfaceId", n.Id),
            E("subnetId", n.SubnetId),
            E("vpcId", n.VpcId),
            E("availabilityZone", n.AvailabilityZone),
            E("description", n.Description),
            E("ownerId", n.OwnerId),
            Opt("requesterId", n.RequesterId),
            Bool("requesterManaged", n.RequesterManaged),
            E("status", n.Status),
            E("macAddress", n.MacAddress),
            E("privateIpAddress", n.PrivateIpAddress),
            E("privateDnsName", dnsName),
            Bool("sourceDestCheck", n.InterfaceType != "nat_gateway"),
            Set("groupSet", n.GroupIds.Select(id => state.SecurityGroups.GetValueOrDefault(id)).OfType<SecurityGroupRecord>(), g => [E("groupId", g.Id), E("groupName", g.GroupName)]),
            n.Status == "in-use"
                ? E("attachment", E("attachmentId", "ela-attach-" + n.Id[4..]), Int("deviceIndex", 1), E("instanceOwnerId", n.RequesterId ?? "amazon-aws"), E("status", "attached"), Bool("deleteOnTermination", false))
                : null,
            association,
            Set("privateIpAddressesSet", new[] { n }, p => [E("privateIpAddress", p.PrivateIpAddress), E("privateDnsName", dnsName), Bool("primary", true), association is null ? null : new System.Xml.Linq.XElement((System.Xml.Linq.XElement)association)]),
            Set("ipv6AddressesSet", Array.Empty<string>(), _ => []),
            E("interfaceType", n.InterfaceType),
            TagSet(n.Tags),
        ];
    }
}
