using EksProvisioner.AwsSimulator.Ec2.Model;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// Route tables, routes and subnet associations. AWS's rules: the main route table goes only with its
/// VPC, and a table with subnet associations cannot be deleted ("You must disassociate the route table
/// from any subnets before you can delete it", DeleteRouteTable API reference): DependencyViolation.
/// A subnet has at most one explicit association (Resource.AlreadyAssociated).
/// </summary>
internal sealed class RouteTableOperations(Ec2Store store)
{
    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateRouteTable"] = Create;
        table["DescribeRouteTables"] = Describe;
        table["DeleteRouteTable"] = Delete;
        table["AssociateRouteTable"] = Associate;
        table["DisassociateRouteTable"] = Disassociate;
    }

    private IEnumerable<object?> Create(Ec2Call call)
    {
        var state = store.State;
        var vpc = store.Find(state.Vpcs, call.Form.Required("VpcId"), call.Region);
        var tags = Ec2Store.TagsFromSpecifications(call.Form, "route-table");
        var fingerprint = vpc.Id;
        if (ClientTokens.Earlier(store, call, fingerprint) is { } earlier && state.RouteTables.TryGetValue(earlier, out var existing))
        {
            return [E("routeTable", Render(existing)), Opt("clientToken", call.Form.String("ClientToken"))];
        }

        var routeTable = new RouteTableRecord
        {
            Id = state.NewId("rtb"),
            Region = call.Region,
            OwnerId = call.AccountId,
            VpcId = vpc.Id,
            Routes = [new RouteRecord(vpc.CidrBlock, "local", null, null, "CreateRouteTable")],
            Tags = tags,
        };
        state.RouteTables[routeTable.Id] = routeTable;
        ClientTokens.Remember(store, call, fingerprint, routeTable.Id);
        return [E("routeTable", Render(routeTable)), Opt("clientToken", call.Form.String("ClientToken"))];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var tables = Ec2Store.Describe(store.State.RouteTables.Values, call, call.Form.Strings("RouteTableId"), Ec2Fields.Of<RouteTableRecord>(
            ("route-table-id", t => [t.Id]),
            ("vpc-id", t => [t.VpcId]),
            ("association.subnet-id", t => t.Associations.Select(a => a.SubnetId)),
            ("association.route-table-association-id", t => t.Associations.Select(a => a.AssociationId).Concat(t.MainAssociationId is null ? [] : [t.MainAssociationId])),
            ("association.route-table-id", t => t.Associations.Count > 0 || t.Main ? [t.Id] : []),
            ("association.main", t => [t.Main ? "true" : "false"]),
            ("route.destination-cidr-block", t => t.Routes.Select(r => r.DestinationCidrBlock)),
            ("route.gateway-id", t => t.Routes.Select(r => r.GatewayId).OfType<string>()),
            ("route.nat-gateway-id", t => t.Routes.Select(r => r.NatGatewayId).OfType<string>()),
            ("route.state", t => t.Routes.Select(r => RouteOperations.State(store.State, r)))));
        return [Set("routeTableSet", tables, Render)];
    }

    private IEnumerable<object?> Delete(Ec2Call call)
    {
        var table = store.Find(store.State.RouteTables, call.Form.Required("RouteTableId"), call.Region);
        if (table.Main || table.Associations.Count > 0)
        {
            throw Ec2Errors.DependencyViolation("routeTable", table.Id);
        }

        store.State.RouteTables.Remove(table.Id);
        return [Bool("return", true)];
    }

    private IEnumerable<object?> Associate(Ec2Call call)
    {
        var state = store.State;
        var table = store.Find(state.RouteTables, call.Form.Required("RouteTableId"), call.Region);
        var subnet = store.Find(state.Subnets, call.Form.Required("SubnetId"), call.Region);
        if (subnet.VpcId != table.VpcId)
        {
            throw Ec2Errors.InvalidParameterValue($"Route table {table.Id} and network {subnet.Id} belong to different networks");
        }

        if (state.RouteTables.Values.Any(t => t.Associations.Any(a => a.SubnetId == subnet.Id)))
        {
            throw Ec2Errors.AlreadyAssociated($"the specified association for route table {table.Id} conflicts with an existing association");
        }

        var association = new RouteTableAssociation(state.NewId("rtbassoc"), subnet.Id);
        table.Associations.Add(association);
        return [E("associationId", association.AssociationId), E("associationState", E("state", "associated"))];
    }

    private IEnumerable<object?> Disassociate(Ec2Call call)
    {
        var id = call.Form.Required("AssociationId");
        var tables = store.State.RouteTables.Values.Where(t => t.Region == call.Region).ToList();
        if (tables.Any(t => t.MainAssociationId == id))
        {
            throw Ec2Errors.InvalidParameterValue($"cannot disassociate the main route table association {id}");
        }

        var table = tables.FirstOrDefault(t => t.Associations.Any(a => a.AssociationId == id)) ?? throw Ec2Errors.NotFound(id);
        table.Associations.RemoveAll(a => a.AssociationId == id);
        return [Bool("return", true)];
    }

    private object?[] Render(RouteTableRecord t) =>
    [
        E("routeTableId", t.Id),
        E("vpcId", t.VpcId),
        E("ownerId", t.OwnerId),
        Set("routeSet", t.Routes, r => [
            E("destinationCidrBlock", r.DestinationCidrBlock),
            Opt("gatewayId", r.GatewayId),
            Opt("natGatewayId", r.NatGatewayId),
            Opt("networkInterfaceId", r.NetworkInterfaceId),
            E("state", RouteOperations.State(store.State, r)),
            E("origin", r.Origin),
        ]),
        Set("associationSet", (t.MainAssociationId is null ? [] : new[] { new RouteTableAssociation(t.MainAssociationId, string.Empty) }).Concat(t.Associations), a => [
            E("routeTableAssociationId", a.AssociationId),
            E("routeTableId", t.Id),
            a.SubnetId.Length > 0 ? E("subnetId", a.SubnetId) : null,
            Bool("main", a.SubnetId.Length == 0),
            E("associationState", E("state", "associated")),
        ]),
        Set("propagatingVgwSet", Array.Empty<string>(), _ => []),
        TagSet(t.Tags),
    ];
}
