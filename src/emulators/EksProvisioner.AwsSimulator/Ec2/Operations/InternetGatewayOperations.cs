using EksProvisioner.AwsSimulator.Ec2.Model;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// Internet gateways. The rules are AWS's: one VPC per gateway and one gateway per VPC
/// (Resource.AlreadyAssociated); DetachInternetGateway refuses while the VPC has public addresses
/// mapped ("Network vpc-... has some mapped public address(es)", DependencyViolation), which is what
/// a public NAT gateway or an internet-facing load balancer's interfaces hold until deleted; DeleteInternetGateway refuses while attached.
/// </summary>
internal sealed class InternetGatewayOperations(Ec2Store store)
{
    private static readonly RegionQuota Quota = new(
        "internet-gateway", q => q.InternetGatewaysPerRegion, "InternetGatewayLimitExceeded", "The maximum number of internet gateways has been reached.");

    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateInternetGateway"] = Create;
        table["DescribeInternetGateways"] = Describe;
        table["DeleteInternetGateway"] = Delete;
        table["AttachInternetGateway"] = Attach;
        table["DetachInternetGateway"] = Detach;
    }

    private IEnumerable<object?> Create(Ec2Call call)
    {
        var state = store.State;
        var tags = store.TagsForQuotaCreate(call, Quota, state.InternetGateways.Values);

        var gateway = new InternetGatewayRecord { Id = state.NewId("igw"), Region = call.Region, OwnerId = call.AccountId, Tags = tags };
        state.InternetGateways[gateway.Id] = gateway;
        return [E("internetGateway", Render(gateway))];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var gateways = Ec2Store.Describe(store.State.InternetGateways.Values, call, call.Form.Strings("InternetGatewayId"), Ec2Fields.Of<InternetGatewayRecord>(
            ("internet-gateway-id", g => [g.Id]),
            ("attachment.vpc-id", g => g.AttachedVpcId is null ? [] : [g.AttachedVpcId]),
            ("attachment.state", g => g.AttachedVpcId is null ? [] : ["available"])));
        return [Set("internetGatewaySet", gateways, Render)];
    }

    private IEnumerable<object?> Delete(Ec2Call call)
    {
        var gateway = store.Find(store.State.InternetGateways, call.Form.Required("InternetGatewayId"), call.Region);
        if (gateway.AttachedVpcId is not null)
        {
            throw Ec2Errors.DependencyViolation("internetGateway", gateway.Id);
        }

        store.State.InternetGateways.Remove(gateway.Id);
        return [Bool("return", true)];
    }

    private IEnumerable<object?> Attach(Ec2Call call)
    {
        var state = store.State;
        var gateway = store.Find(state.InternetGateways, call.Form.Required("InternetGatewayId"), call.Region);
        var vpc = store.Find(state.Vpcs, call.Form.Required("VpcId"), call.Region);
        if (gateway.AttachedVpcId is not null)
        {
            throw Ec2Errors.AlreadyAssociated($"resource {gateway.Id} is already attached to network {gateway.AttachedVpcId}");
        }

        if (state.InternetGateways.Values.FirstOrDefault(g => g.AttachedVpcId == vpc.Id) is { } other)
        {
            throw Ec2Errors.AlreadyAssociated($"Network {vpc.Id} already has an internet gateway attached ({other.Id})");
        }

        gateway.AttachedVpcId = vpc.Id;
        return [Bool("return", true)];
    }

    private IEnumerable<object?> Detach(Ec2Call call)
    {
        var state = store.State;
        var gateway = store.Find(state.InternetGateways, call.Form.Required("InternetGatewayId"), call.Region);
        var vpc = store.Find(state.Vpcs, call.Form.Required("VpcId"), call.Region);
        if (gateway.AttachedVpcId != vpc.Id)
        {
            throw new Ec2Exception("Gateway.NotAttached", $"resource {gateway.Id} is not attached to network {vpc.Id}");
        }

        if (state.NatGateways.Values.Any(n => n.VpcId == vpc.Id && n.PublicIp is not null && n.State is "pending" or "available" or "deleting")
            || state.Addresses.Values.Any(a => a.NetworkInterfaceId is { } eni && state.NetworkInterfaces.TryGetValue(eni, out var n) && n.VpcId == vpc.Id)
            || state.NetworkInterfaces.Values.Any(n => n.VpcId == vpc.Id && n.HasPublicAddress))
        {
            throw Ec2Errors.MappedPublicAddresses(vpc.Id);
        }

        gateway.AttachedVpcId = null;
        return [Bool("return", true)];
    }

    private static object?[] Render(InternetGatewayRecord g) =>
    [
        E("internetGatewayId", g.Id),
        E("ownerId", g.OwnerId),
        Set("attachmentSet", g.AttachedVpcId is null ? [] : new[] { g.AttachedVpcId }, v => [E("vpcId", v), E("state", "available")]),
        TagSet(g.Tags),
    ];
}
