using EksProvisioner.AwsSimulator.Ec2.Model;
using EksProvisioner.Core.Network;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// VPCs. A new VPC comes with its main route table (local route) and its default security group, as
/// in AWS; both go with the VPC. DeleteVpc follows the rule of the DeleteVpc API reference: "You must
/// detach or delete all gateways and resources that are associated with the VPC before you can delete
/// it" (subnets, attached internet gateways, non-default security groups, non-main route tables,
/// network interfaces), else DependencyViolation.
/// </summary>
internal sealed class VpcOperations(Ec2Store store)
{
    private static readonly RegionQuota Quota = new("vpc", q => q.VpcsPerRegion, "VpcLimitExceeded", "The maximum number of VPCs has been reached.");

    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateVpc"] = Create;
        table["DescribeVpcs"] = Describe;
        table["DeleteVpc"] = Delete;
        table["ModifyVpcAttribute"] = Modify;
        table["DescribeVpcAttribute"] = DescribeAttribute;
    }

    private IEnumerable<object?> Create(Ec2Call call)
    {
        var text = call.Form.Required("CidrBlock");
        var cidr = Ipv4Cidr.TryParse(text, out _) ?? throw Ec2Errors.InvalidCidr("cidrBlock", text);
        if (cidr.PrefixLength is < 16 or > 28)
        {
            throw new Ec2Exception("InvalidVpc.Range", $"The CIDR '{text}' is invalid.");
        }

        var state = store.State;
        var tags = store.TagsForQuotaCreate(call, Quota, state.Vpcs.Values);

        var vpc = new VpcRecord
        {
            Id = state.NewId("vpc"),
            Region = call.Region,
            OwnerId = call.AccountId,
            CidrBlock = text,
            CidrAssociationId = state.NewId("vpc-cidr-assoc"),
            DhcpOptionsId = state.NewId("dopt"),
            InstanceTenancy = call.Form.String("InstanceTenancy") ?? "default",
            Tags = tags,
        };
        state.Vpcs[vpc.Id] = vpc;

        var main = new RouteTableRecord
        {
            Id = state.NewId("rtb"),
            Region = vpc.Region,
            OwnerId = vpc.OwnerId,
            VpcId = vpc.Id,
            Main = true,
            MainAssociationId = state.NewId("rtbassoc"),
            Routes = [new RouteRecord(vpc.CidrBlock, "local", null, null, "CreateRouteTable")],
        };
        state.RouteTables[main.Id] = main;

        var groupId = state.NewId("sg");
        state.SecurityGroups[groupId] = new SecurityGroupRecord
        {
            Id = groupId,
            Region = vpc.Region,
            OwnerId = vpc.OwnerId,
            VpcId = vpc.Id,
            GroupName = "default",
            Description = "default VPC security group",
            IsDefault = true,
            Ingress = [new SecurityGroupRule(state.NewId("sgr"), "-1", null, null, null, groupId, null)],
            Egress = [new SecurityGroupRule(state.NewId("sgr"), "-1", null, null, "0.0.0.0/0", null, null)],
        };

        return [E("vpc", Render(vpc))];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var vpcs = Ec2Store.Describe(store.State.Vpcs.Values, call, call.Form.Strings("VpcId"), Ec2Fields.Of<VpcRecord>(
            ("vpc-id", v => [v.Id]),
            ("state", v => ["available"]),
            ("cidr cidr-block cidrBlock cidr-block-association.cidr-block", v => [v.CidrBlock]),
            ("cidr-block-association.association-id", v => [v.CidrAssociationId]),
            ("cidr-block-association.state", v => ["associated"]),
            ("is-default", v => ["false"]),
            ("dhcp-options-id", v => [v.DhcpOptionsId])));
        return [Set("vpcSet", vpcs, Render)];
    }

    private IEnumerable<object?> Delete(Ec2Call call)
    {
        var state = store.State;
        var vpc = store.Find(state.Vpcs, call.Form.Required("VpcId"), call.Region);
        var blocked = state.Subnets.Values.Any(s => s.VpcId == vpc.Id)
            || state.InternetGateways.Values.Any(g => g.AttachedVpcId == vpc.Id)
            || state.SecurityGroups.Values.Any(g => g.VpcId == vpc.Id && !g.IsDefault)
            || state.RouteTables.Values.Any(t => t.VpcId == vpc.Id && !t.Main)
            || state.NetworkInterfaces.Values.Any(n => n.VpcId == vpc.Id)
            || state.NatGateways.Values.Any(n => n.VpcId == vpc.Id && n.State is "pending" or "available" or "deleting");
        if (blocked)
        {
            throw Ec2Errors.DependencyViolation("vpc", vpc.Id);
        }

        foreach (var table in state.RouteTables.Values.Where(t => t.VpcId == vpc.Id).ToList())
        {
            state.RouteTables.Remove(table.Id);
        }

        foreach (var group in state.SecurityGroups.Values.Where(g => g.VpcId == vpc.Id).ToList())
        {
            state.SecurityGroups.Remove(group.Id);
        }

        state.Vpcs.Remove(vpc.Id);
        return [Bool("return", true)];
    }

    private IEnumerable<object?> Modify(Ec2Call call)
    {
        var vpc = store.Find(store.State.Vpcs, call.Form.Required("VpcId"), call.Region);
        var hostnames = call.Form.Struct("EnableDnsHostnames").Bool("Value");
        var support = call.Form.Struct("EnableDnsSupport").Bool("Value");
        if (hostnames is null && support is null)
        {
            throw Ec2Errors.MissingParameter("EnableDnsHostnames or EnableDnsSupport");
        }

        if (hostnames is not null && support is not null)
        {
            // The API reference: "You can only modify one attribute at a time."
            throw Ec2Errors.InvalidParameterValue("Fields for multiple attribute types specified: enableDnsHostnames, enableDnsSupport");
        }

        vpc.EnableDnsHostnames = hostnames ?? vpc.EnableDnsHostnames;
        vpc.EnableDnsSupport = support ?? vpc.EnableDnsSupport;
        return [Bool("return", true)];
    }

    private IEnumerable<object?> DescribeAttribute(Ec2Call call)
    {
        var vpc = store.Find(store.State.Vpcs, call.Form.Required("VpcId"), call.Region);
        var attribute = call.Form.Required("Attribute");
        object value = attribute switch
        {
            "enableDnsHostnames" => E("enableDnsHostnames", Bool("value", vpc.EnableDnsHostnames)),
            "enableDnsSupport" => E("enableDnsSupport", Bool("value", vpc.EnableDnsSupport)),
            "enableNetworkAddressUsageMetrics" => E("enableNetworkAddressUsageMetrics", Bool("value", false)),
            _ => throw Ec2Errors.InvalidParameterValue($"Value ({attribute}) for parameter attribute is invalid. Unknown attribute."),
        };
        return [E("vpcId", vpc.Id), value];
    }

    private static object?[] Render(VpcRecord vpc) =>
    [
        E("vpcId", vpc.Id),
        E("ownerId", vpc.OwnerId),
        E("state", "available"),
        E("cidrBlock", vpc.CidrBlock),
        Set("cidrBlockAssociationSet", [vpc], v => [E("cidrBlock", v.CidrBlock), E("associationId", v.CidrAssociationId), E("cidrBlockState", E("state", "associated"))]),
        E("dhcpOptionsId", vpc.DhcpOptionsId),
        E("instanceTenancy", vpc.InstanceTenancy),
        Bool("isDefault", false),
        TagSet(vpc.Tags),
    ];
}
