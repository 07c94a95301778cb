using Amazon.EC2.Model;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class SubnetOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateSubnet_InZoneWithTags_SdkParsesEveryField()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = (await harness.Client.CreateSubnetAsync(new CreateSubnetRequest
        {
            VpcId = vpc.VpcId,
            CidrBlock = "10.0.32.0/19",
            AvailabilityZone = "us-east-1b",
            TagSpecifications = Ec2Steps.Tagged("subnet", ("kubernetes.io/role/elb", "1")),
        }, Token)).Subnet;

        Assert.Matches("^subnet-0[0-9a-f]{16}$", subnet.SubnetId);
        Assert.Equal(vpc.VpcId, subnet.VpcId);
        Assert.Equal("10.0.32.0/19", subnet.CidrBlock);
        Assert.Equal("us-east-1b", subnet.AvailabilityZone);
        Assert.Equal("use1-az2", subnet.AvailabilityZoneId);
        Assert.Equal(8192 - 5, subnet.AvailableIpAddressCount);
        Assert.Equal(Amazon.EC2.SubnetState.Available, subnet.State);
        Assert.False(subnet.MapPublicIpOnLaunch);
        Assert.Equal($"arn:aws:ec2:us-east-1:{Ec2Harness.Account}:subnet/{subnet.SubnetId}", subnet.SubnetArn);
        Assert.Equal("1", Assert.Single(subnet.Tags, t => t.Key == "kubernetes.io/role/elb").Value);
    }

    [Fact]
    public async Task CreateSubnet_ByZoneId_UsesThatZone()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = (await harness.Client.CreateSubnetAsync(new CreateSubnetRequest { VpcId = vpc.VpcId, CidrBlock = "10.0.0.0/24", AvailabilityZoneId = "use1-az4" }, Token)).Subnet;
        Assert.Equal("us-east-1d", subnet.AvailabilityZone);
    }

    [Theory]
    [InlineData("10.1.0.0/24", "InvalidSubnet.Range")]
    [InlineData("10.0.0.0/29", "InvalidSubnet.Range")]
    [InlineData("10.0.0.0/15", "InvalidSubnet.Range")]
    [InlineData("10.0.0.300/24", "InvalidParameterValue")]
    [InlineData("10.0.1.0/23", "InvalidParameterValue")]
    [InlineData("10.0.0.128/25", "InvalidSubnet.Conflict")]
    public async Task CreateSubnet_BadOrConflictingCidr_FailsWithAwsCode(string cidr, string code)
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync("10.0.0.0/16");
        await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var error = await Ec2Steps.FailsAsync(() => harness.Client.SubnetAsync(vpc.VpcId, cidr));
        Assert.Equal(code, error.ErrorCode);
    }

    [Fact]
    public async Task CreateSubnet_UnknownZoneOrVpc_FailsWithAwsCode()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        Assert.Equal("InvalidParameterValue", (await Ec2Steps.FailsAsync(() => harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24", "us-east-1z"))).ErrorCode);
        Assert.Equal("InvalidVpcID.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.SubnetAsync("vpc-0000000000000000a", "10.0.0.0/24"))).ErrorCode);
    }

    [Fact]
    public async Task ModifySubnetAttribute_MapPublicIpOnLaunch_DescribeAndFilterShowIt()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var publicSubnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        await harness.Client.SubnetAsync(vpc.VpcId, "10.0.1.0/24");

        await harness.Client.ModifySubnetAttributeAsync(new ModifySubnetAttributeRequest { SubnetId = publicSubnet.SubnetId, MapPublicIpOnLaunch = true }, Token);

        var found = await harness.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [new Filter("vpc-id", [vpc.VpcId]), new Filter("map-public-ip-on-launch", ["true"])] }, Token);
        var subnet = Assert.Single(found.Subnets);
        Assert.Equal(publicSubnet.SubnetId, subnet.SubnetId);
        Assert.True(subnet.MapPublicIpOnLaunch);
    }

    [Fact]
    public async Task DescribeSubnets_ByIdsAndFilters_ReturnsMatches()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var a = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24", "us-east-1a");
        var b = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.1.0/24", "us-east-1b");
        var other = await harness.Client.VpcAsync("10.9.0.0/16");
        await harness.Client.SubnetAsync(other.VpcId, "10.9.0.0/24");

        async Task<List<string>> Ids(DescribeSubnetsRequest request) => [.. ((await harness.Client.DescribeSubnetsAsync(request, Token)).Subnets ?? []).Select(s => s.SubnetId).Order()];

        Assert.Equal(new[] { a.SubnetId, b.SubnetId }.Order(), await Ids(new() { Filters = [new Filter("vpc-id", [vpc.VpcId])] }));
        Assert.Equal([b.SubnetId], await Ids(new() { SubnetIds = [b.SubnetId] }));
        Assert.Equal([b.SubnetId], await Ids(new() { Filters = [new Filter("subnet-id", [b.SubnetId, "subnet-0000000000000000f"])] }));
        Assert.Equal([a.SubnetId], await Ids(new() { Filters = [new Filter("availability-zone", ["us-east-1a"]), new Filter("vpc-id", [vpc.VpcId])] }));
        Assert.Equal("InvalidSubnetID.NotFound", (await Ec2Steps.FailsAsync(() => Ids(new() { SubnetIds = ["subnet-0000000000000000f"] }))).ErrorCode);
    }

    // DeleteSubnet API reference: "You must terminate all running instances in the subnet before you
    // can delete the subnet"; a NAT gateway not yet deleted keeps its interface there.
    [Fact]
    public async Task DeleteSubnet_WithNatGatewayUntilDeleted_FailsWithDependencyViolation()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        var deleteSubnet = () => harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = network.Subnet.SubnetId }, Token);

        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(deleteSubnet)).ErrorCode);
        await harness.Client.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatGatewayId = network.Nat.NatGatewayId }, Token);
        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(deleteSubnet)).ErrorCode);

        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        await deleteSubnet();
        Assert.Equal("InvalidSubnetID.NotFound", (await Ec2Steps.FailsAsync(deleteSubnet)).ErrorCode);
    }

    [Fact]
    public async Task DeleteSubnet_WithServiceNetworkInterface_FailsUntilServiceDeletesIt()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var eni = harness.Service.CreateServiceNetworkInterface(subnet.SubnetId, "Amazon EKS demo", "amazon-eks", new Dictionary<string, string>());
        var deleteSubnet = () => harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, Token);

        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(deleteSubnet)).ErrorCode);
        harness.Service.DeleteServiceResource(eni);
        await deleteSubnet();
    }

    [Fact]
    public async Task DeleteSubnet_Associated_DropsItsRouteTableAssociation()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var table = (await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = vpc.VpcId }, Token)).RouteTable;
        await harness.Client.AssociateRouteTableAsync(new AssociateRouteTableRequest { RouteTableId = table.RouteTableId, SubnetId = subnet.SubnetId }, Token);

        await harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, Token);
        await harness.Client.DeleteRouteTableAsync(new DeleteRouteTableRequest { RouteTableId = table.RouteTableId }, Token);
    }
}
