using EksProvisioner.AwsSimulator.Ec2.Model;
using EksProvisioner.Core.Network;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// Subnets. CreateSubnet checks the block as AWS does: a valid CIDR (InvalidParameterValue), inside
/// the VPC's range and /16 to /28 (InvalidSubnet.Range), not overlapping a sibling (InvalidSubnet.Conflict).
/// DeleteSubnet: "You must terminate all running instances in the subnet before you can delete the
/// subnet" (DeleteSubnet API reference); interfaces and NAT gateways not yet deleted answer
/// DependencyViolation. A deleted subnet's route table associations go with it.
/// </summary>
internal sealed class SubnetOperations(Ec2Store store)
{
    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateSubnet"] = Create;
        table["DescribeSubnets"] = Describe;
        table["DeleteSubnet"] = Delete;
        table["ModifySubnetAttribute"] = Modify;
    }

    private IEnumerable<object?> Create(Ec2Call call)
    {
        var state = store.State;
        var vpc = store.Find(state.Vpcs, call.Form.Required("VpcId"), call.Region);
        var text = call.Form.Required("CidrBlock");
        var cidr = Ipv4Cidr.TryParse(text, out _) ?? throw Ec2Errors.InvalidCidr("cidrBlock", text);
        if (cidr.PrefixLength is < 16 or > 28 || !Ipv4Cidr.TryParse(vpc.CidrBlock, out _)!.Value.Contains(cidr))
        {
            throw new Ec2Exception("InvalidSubnet.Range", $"The CIDR '{text}' is invalid.");
        }

        if (state.Subnets.Values.Any(s => s.VpcId == vpc.Id && Ipv4Cidr.TryParse(s.CidrBlock, out _)!.Value.Overlaps(cidr)))
        {
            throw new Ec2Exception("InvalidSubnet.Conflict", $"The CIDR '{text}' conflicts with another subnet");
        }

        var zoneName = call.Form.String("AvailabilityZone");
        var zoneId = call.Form.String("AvailabilityZoneId");
        var zones = AvailabilityZones.In(call.Region);
        var zone = zoneName is null && zoneId is null ? zones[0] : AvailabilityZones.Find(call.Region, zoneName, zoneId)
            ?? throw Ec2Errors.InvalidParameterValue(
                $"Value ({zoneName ?? zoneId}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: {string.Join(", ", zones.Select(z => z.ZoneName))}.");

        var subnet = new SubnetRecord
        {
            Id = state.NewId("subnet"),
            Region = call.Region,
            OwnerId = call.AccountId,
            VpcId = vpc.Id,
            CidrBlock = text,
            AvailabilityZone = zone.ZoneName,
            AvailabilityZoneId = zone.ZoneId,
            Tags = Ec2Store.TagsFromSpecifications(call.Form, "subnet"),
        };
        state.Subnets[subnet.Id] = subnet;
        return [E("subnet", Render(subnet))];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var subnets = Ec2Store.Describe(store.State.Subnets.Values, call, call.Form.Strings("SubnetId"), Ec2Fields.Of<SubnetRecord>(
            ("subnet-id", s => [s.Id]),
            ("vpc-id", s => [s.VpcId]),
            ("state", s => ["available"]),
            ("availability-zone availabilityZone", s => [s.AvailabilityZone]),
            ("availability-zone-id availabilityZoneId", s => [s.AvailabilityZoneId]),
            ("cidr cidr-block cidrBlock", s => [s.CidrBlock]),
            ("default-for-az defaultForAz", s => ["false"]),
            ("map-public-ip-on-launch", s => [s.MapPublicIpOnLaunch ? "true" : "false"])));
        return [Set("subnetSet", subnets, Render)];
    }

    private IEnumerable<object?> Delete(Ec2Call call)
    {
        var state = store.State;
        var subnet = store.Find(state.Subnets, call.Form.Required("SubnetId"), call.Region);
        if (state.NetworkInterfaces.Values.Any(n => n.SubnetId == subnet.Id)
            || state.NatGateways.Values.Any(n => n.SubnetId == subnet.Id && n.State is "pending" or "available" or "deleting"))
        {
            throw Ec2Errors.DependencyViolation("subnet", subnet.Id);
        }

        foreach (var table in state.RouteTables.Values)
        {
            table.Associations.RemoveAll(a => a.SubnetId == subnet.Id);
        }

        state.Subnets.Remove(subnet.Id);
        return [Bool("return", true)];
    }

    private IEnumerable<object?> Modify(Ec2Call call)
    {
        var subnet = store.Find(store.State.Subnets, call.Form.Required("SubnetId"), call.Region);
        if (call.Form.Struct("MapPublicIpOnLaunch").Bool("Value") is { } map)
        {
            subnet.MapPublicIpOnLaunch = map;
        }

        return [Bool("return", true)];
    }

    private object?[] Render(SubnetRecord s)
    {
        var cidr = Ipv4Cidr.TryParse(s.CidrBlock, out _)!.Value;
        var used = store.State.NetworkInterfaces.Values.Count(n => n.SubnetId == s.Id);
        return
        [
            E("subnetId", s.Id),
            E("subnetArn", $"arn:aws:ec2:{s.Region}:{s.OwnerId}:subnet/{s.Id}"),
            E("state", "available"),
            E("ownerId", s.OwnerId),
            E("vpcId", s.VpcId),
            E("cidrBlock", s.CidrBlock),
            Set("ipv6CidrBlockAssociationSet", Array.Empty<string>(), _ => []),
            Int("availableIpAddressCount", (long)cidr.Size - 5 - used),
            E("availabilityZone", s.AvailabilityZone),
            E("availabilityZoneId", s.AvailabilityZoneId),
            Bool("defaultForAz", false),
            Bool("mapPublicIpOnLaunch", s.MapPublicIpOnLaunch),
            Bool("assignIpv6AddressOnCreation", false),
            TagSet(s.Tags),
        ];
    }
}
