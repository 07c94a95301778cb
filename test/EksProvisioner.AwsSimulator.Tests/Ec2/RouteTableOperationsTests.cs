using Amazon.EC2.Model;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class RouteTableOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateRouteAndAssociate_PublicTable_SdkParsesRoutesAndAssociations()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var gateway = await harness.Client.AttachedGatewayAsync(vpc.VpcId);
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var created = (await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = vpc.VpcId, TagSpecifications = Ec2Steps.Tagged("route-table", ("Name", "public")) }, Token)).RouteTable;
        Assert.Matches("^rtb-0[0-9a-f]{16}$", created.RouteTableId);

        Assert.True((await harness.Client.CreateRouteAsync(new CreateRouteRequest { RouteTableId = created.RouteTableId, DestinationCidrBlock = "0.0.0.0/0", GatewayId = gateway.InternetGatewayId }, Token)).Return);
        var association = await harness.Client.AssociateRouteTableAsync(new AssociateRouteTableRequest { RouteTableId = created.RouteTableId, SubnetId = subnet.SubnetId }, Token);
        Assert.Matches("^rtbassoc-0[0-9a-f]{16}$", association.AssociationId);
        Assert.Equal("associated", association.AssociationState.State.Value);

        var found = await harness.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = [new Filter("association.subnet-id", [subnet.SubnetId])] }, Token);
        var table = Assert.Single(found.RouteTables);
        Assert.Equal(created.RouteTableId, table.RouteTableId);
        Assert.Equal(vpc.VpcId, table.VpcId);
        Assert.Equal("public", Assert.Single(table.Tags).Value);
        Assert.Equal(["10.0.0.0/16:local:active", $"0.0.0.0/0:{gateway.InternetGatewayId}:active"], table.Routes.Select(r => $"{r.DestinationCidrBlock}:{r.GatewayId}:{r.State.Value}"));
        var explicitAssociation = Assert.Single(table.Associations);
        Assert.Equal(subnet.SubnetId, explicitAssociation.SubnetId);
        Assert.False(explicitAssociation.Main);
        Assert.Equal(association.AssociationId, explicitAssociation.RouteTableAssociationId);
    }

    [Fact]
    public async Task CreateRoute_ToNatGateway_ShowsNatRouteAndBlackholeAfterDeletion()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        var table = (await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = network.Vpc.VpcId }, Token)).RouteTable;
        await harness.Client.CreateRouteAsync(new CreateRouteRequest { RouteTableId = table.RouteTableId, DestinationCidrBlock = "0.0.0.0/0", NatGatewayId = network.Nat.NatGatewayId }, Token);

        async Task<Route> NatRoute() => (await harness.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [table.RouteTableId] }, Token)).RouteTables.Single().Routes.Single(r => r.NatGatewayId is not null);

        Assert.Equal("active", (await NatRoute()).State.Value);
        await harness.Client.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatGatewayId = network.Nat.NatGatewayId }, Token);
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        var route = await NatRoute();
        Assert.Equal(network.Nat.NatGatewayId, route.NatGatewayId);
        Assert.Equal("blackhole", route.State.Value);
    }

    [Fact]
    public async Task CreateRoute_ExistingDestinationOrUnknownTargets_FailWithAwsCodes()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var gateway = await harness.Client.AttachedGatewayAsync(vpc.VpcId);
        var table = (await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = vpc.VpcId }, Token)).RouteTable;
        Task Route(string destination, string? gatewayId = null, string? natId = null) =>
            harness.Client.CreateRouteAsync(new CreateRouteRequest { RouteTableId = table.RouteTableId, DestinationCidrBlock = destination, GatewayId = gatewayId, NatGatewayId = natId }, Token);

        await Route("0.0.0.0/0", gateway.InternetGatewayId);
        Assert.Equal("RouteAlreadyExists", (await Ec2Steps.FailsAsync(() => Route("0.0.0.0/0", gateway.InternetGatewayId))).ErrorCode);
        Assert.Equal("InvalidGatewayID.NotFound", (await Ec2Steps.FailsAsync(() => Route("1.0.0.0/8", "igw-0000000000000000a"))).ErrorCode);
        Assert.Equal("InvalidNatGatewayID.NotFound", (await Ec2Steps.FailsAsync(() => Route("1.0.0.0/8", natId: "nat-0000000000000000a"))).ErrorCode);
        Assert.Equal("InvalidRouteTableID.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.CreateRouteAsync(new CreateRouteRequest { RouteTableId = "rtb-0000000000000000a", DestinationCidrBlock = "0.0.0.0/0", GatewayId = gateway.InternetGatewayId }, Token))).ErrorCode);
    }

    [Fact]
    public async Task DeleteRoute_ThenAgain_FailsWithInvalidRouteNotFound()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var gateway = await harness.Client.AttachedGatewayAsync(vpc.VpcId);
        var table = (await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = vpc.VpcId }, Token)).RouteTable;
        await harness.Client.CreateRouteAsync(new CreateRouteRequest { RouteTableId = table.RouteTableId, DestinationCidrBlock = "0.0.0.0/0", GatewayId = gateway.InternetGatewayId }, Token);
        var delete = () => harness.Client.DeleteRouteAsync(new DeleteRouteRequest { RouteTableId = table.RouteTableId, DestinationCidrBlock = "0.0.0.0/0" }, Token);

        await delete();
        Assert.Equal("InvalidRoute.NotFound", (await Ec2Steps.FailsAsync(delete)).ErrorCode);
    }

    // DeleteRouteTable API reference: "You must disassociate the route table from any subnets before
    // you can delete it. You can't delete the main route table."
    [Fact]
    public async Task DeleteRouteTable_AssociatedOrMain_FailsWithDependencyViolation()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var table = (await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = vpc.VpcId }, Token)).RouteTable;
        var association = await harness.Client.AssociateRouteTableAsync(new AssociateRouteTableRequest { RouteTableId = table.RouteTableId, SubnetId = subnet.SubnetId }, Token);
        var main = (await harness.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = [new Filter("vpc-id", [vpc.VpcId]), new Filter("association.main", ["true"])] }, Token)).RouteTables.Single();
        var delete = () => harness.Client.DeleteRouteTableAsync(new DeleteRouteTableRequest { RouteTableId = table.RouteTableId }, Token);

        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(delete)).ErrorCode);
        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteRouteTableAsync(new DeleteRouteTableRequest { RouteTableId = main.RouteTableId }, Token))).ErrorCode);

        await harness.Client.DisassociateRouteTableAsync(new DisassociateRouteTableRequest { AssociationId = association.AssociationId }, Token);
        await delete();
        Assert.Equal("InvalidRouteTableID.NotFound", (await Ec2Steps.FailsAsync(delete)).ErrorCode);
    }

    [Fact]
    public async Task AssociateRouteTable_SubnetAlreadyAssociated_FailsWithResourceAlreadyAssociated()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var first = (await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = vpc.VpcId }, Token)).RouteTable;
        var second = (await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = vpc.VpcId }, Token)).RouteTable;
        await harness.Client.AssociateRouteTableAsync(new AssociateRouteTableRequest { RouteTableId = first.RouteTableId, SubnetId = subnet.SubnetId }, Token);

        var error = await Ec2Steps.FailsAsync(() => harness.Client.AssociateRouteTableAsync(new AssociateRouteTableRequest { RouteTableId = second.RouteTableId, SubnetId = subnet.SubnetId }, Token));
        Assert.Equal("Resource.AlreadyAssociated", error.ErrorCode);
        Assert.Equal("InvalidAssociationID.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.DisassociateRouteTableAsync(new DisassociateRouteTableRequest { AssociationId = "rtbassoc-0000000000000000a" }, Token))).ErrorCode);
    }

    // CreateRouteTable accepts ClientToken (idempotencyToken in the botocore model).
    [Fact]
    public async Task CreateRouteTable_SameClientToken_ReturnsSameTableAndMismatchFails()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var other = await harness.Client.VpcAsync("10.1.0.0/16");
        CreateRouteTableRequest Request(string vpcId) => new() { VpcId = vpcId, ClientToken = "token-1" };

        var first = await harness.Client.CreateRouteTableAsync(Request(vpc.VpcId), Token);
        var again = await harness.Client.CreateRouteTableAsync(Request(vpc.VpcId), Token);

        Assert.Equal(first.RouteTable.RouteTableId, again.RouteTable.RouteTableId);
        Assert.Equal("token-1", again.ClientToken);
        Assert.Equal("IdempotentParameterMismatch", (await Ec2Steps.FailsAsync(() => harness.Client.CreateRouteTableAsync(Request(other.VpcId), Token))).ErrorCode);
    }
}
