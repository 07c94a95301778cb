using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.AwsSimulator.Ec2;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class VpcOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateVpc_WithTagSpecification_SdkParsesVpcWithTagsMainRouteTableAndDefaultGroup()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync("10.1.0.0/16", ("Name", "prod"), ("eksprov:environment", "e1"));

        Assert.Matches("^vpc-0[0-9a-f]{16}$", vpc.VpcId);
        Assert.Equal("10.1.0.0/16", vpc.CidrBlock);
        Assert.Equal(VpcState.Available, vpc.State);
        Assert.Equal(Ec2Harness.Account, vpc.OwnerId);
        Assert.False(vpc.IsDefault);
        Assert.Equal("10.1.0.0/16", Assert.Single(vpc.CidrBlockAssociationSet).CidrBlock);
        Assert.Equal(["Name=prod", "eksprov:environment=e1"], vpc.Tags.Select(t => $"{t.Key}={t.Value}"));

        var tables = await harness.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = [new Filter("vpc-id", [vpc.VpcId])] }, Token);
        var main = Assert.Single(tables.RouteTables);
        Assert.True(Assert.Single(main.Associations).Main);
        Assert.Equal("local", Assert.Single(main.Routes).GatewayId);
        var groups = await harness.Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [new Filter("vpc-id", [vpc.VpcId])] }, Token);
        Assert.Equal("default", Assert.Single(groups.SecurityGroups).GroupName);
    }

    [Theory]
    [InlineData("10.0.0.0/33", "InvalidParameterValue")]
    [InlineData("10.0.0.1/16", "InvalidParameterValue")]
    [InlineData("not-a-cidr", "InvalidParameterValue")]
    [InlineData("10.0.0.0/8", "InvalidVpc.Range")]
    public async Task CreateVpc_BadCidr_FailsWithAwsCode(string cidr, string code)
    {
        using var harness = new Ec2Harness();
        var error = await Ec2Steps.FailsAsync(() => harness.Client.VpcAsync(cidr));
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task CreateVpc_BeyondQuota_FailsWithVpcLimitExceeded()
    {
        using var harness = new Ec2Harness(new Ec2Quotas { VpcsPerRegion = 2 });
        await harness.Client.VpcAsync();
        await harness.Client.VpcAsync();
        var error = await Ec2Steps.FailsAsync(() => harness.Client.VpcAsync());
        Assert.Equal("VpcLimitExceeded", error.ErrorCode);
    }

    [Fact]
    public async Task CreateVpc_DefaultQuota_AllowsFiveInEachRegion()
    {
        using var harness = new Ec2Harness();
        for (var i = 0; i < 5; i++)
        {
            await harness.Client.VpcAsync();
        }

        Assert.Equal("VpcLimitExceeded", (await Ec2Steps.FailsAsync(() => harness.Client.VpcAsync())).ErrorCode);
        using var west = Ec2Harness.NewClient(harness.Service, "us-west-2");
        Assert.StartsWith("vpc-", (await west.VpcAsync()).VpcId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeVpcs_ByIdTagAndTagKeyFilters_ReturnsOnlyMatches()
    {
        using var harness = new Ec2Harness();
        var tagged = await harness.Client.VpcAsync("10.0.0.0/16", ("eksprov:environment", "blue"));
        await harness.Client.VpcAsync("10.1.0.0/16", ("other", "x"));

        async Task<List<string>> Ids(DescribeVpcsRequest request) => [.. ((await harness.Client.DescribeVpcsAsync(request, Token)).Vpcs ?? []).Select(v => v.VpcId)];

        Assert.Equal([tagged.VpcId], await Ids(new() { Filters = [new Filter("tag:eksprov:environment", ["blue"])] }));
        Assert.Equal([tagged.VpcId], await Ids(new() { Filters = [new Filter("tag-key", ["eksprov:environment"])] }));
        Assert.Equal([tagged.VpcId], await Ids(new() { VpcIds = [tagged.VpcId] }));
        Assert.Equal([tagged.VpcId], await Ids(new() { Filters = [new Filter("tag:eksprov:environment", ["bl*"]), new Filter("state", ["available"])] }));
        Assert.Empty(await Ids(new() { Filters = [new Filter("tag:eksprov:environment", ["green"])] }));
        Assert.Equal(2, (await Ids(new())).Count);
    }

    [Fact]
    public async Task DescribeVpcs_UnknownId_FailsWithInvalidVpcIdNotFound()
    {
        using var harness = new Ec2Harness();
        var error = await Ec2Steps.FailsAsync(() => harness.Client.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = ["vpc-0123456789abcdef0"] }, Token));
        Assert.Equal("InvalidVpcID.NotFound", error.ErrorCode);
        Assert.Contains("vpc-0123456789abcdef0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeVpcs_UnsupportedFilter_FailsWithInvalidParameterValue()
    {
        using var harness = new Ec2Harness();
        var error = await Ec2Steps.FailsAsync(() => harness.Client.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = [new Filter("no-such-filter", ["x"])] }, Token));
        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task ModifyVpcAttribute_DnsHostnamesAndSupport_DescribeVpcAttributeReportsThem()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        async Task<DescribeVpcAttributeResponse> Read(VpcAttributeName name) =>
            await harness.Client.DescribeVpcAttributeAsync(new DescribeVpcAttributeRequest { VpcId = vpc.VpcId, Attribute = name }, Token);

        Assert.False((await Read(VpcAttributeName.EnableDnsHostnames)).EnableDnsHostnames);
        Assert.True((await Read(VpcAttributeName.EnableDnsSupport)).EnableDnsSupport);

        await harness.Client.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = vpc.VpcId, EnableDnsHostnames = true }, Token);
        await harness.Client.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = vpc.VpcId, EnableDnsSupport = false }, Token);

        var hostnames = await Read(VpcAttributeName.EnableDnsHostnames);
        Assert.True(hostnames.EnableDnsHostnames);
        Assert.Equal(vpc.VpcId, hostnames.VpcId);
        Assert.False((await Read(VpcAttributeName.EnableDnsSupport)).EnableDnsSupport);
    }

    [Fact]
    public async Task ModifyVpcAttribute_TwoAttributesAtOnce_FailsWithInvalidParameterValue()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var error = await Ec2Steps.FailsAsync(() => harness.Client.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = vpc.VpcId, EnableDnsHostnames = true, EnableDnsSupport = true }, Token));
        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task DeleteVpc_Empty_RemovesItWithMainRouteTableAndDefaultGroup()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        await harness.Client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, Token);

        Assert.Empty(harness.Service.Resources());
        Assert.Equal("InvalidVpcID.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, Token))).ErrorCode);
    }

    // DeleteVpc API reference: "You must detach or delete all gateways and resources that are
    // associated with the VPC before you can delete it", else DependencyViolation.
    [Fact]
    public async Task DeleteVpc_WithSubnet_FailsWithDependencyViolation()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.1.0/24");

        await AssertDeleteBlockedAsync(harness, vpc.VpcId);
        await harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, Token);
        await harness.Client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, Token);
    }

    [Fact]
    public async Task DeleteVpc_WithAttachedInternetGateway_FailsWithDependencyViolation()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var gateway = await harness.Client.AttachedGatewayAsync(vpc.VpcId);

        await AssertDeleteBlockedAsync(harness, vpc.VpcId);
        await harness.Client.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId, VpcId = vpc.VpcId }, Token);
        await harness.Client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, Token);
    }

    [Fact]
    public async Task DeleteVpc_WithNonDefaultSecurityGroup_FailsWithDependencyViolation()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var group = await harness.Client.CreateSecurityGroupAsync(new CreateSecurityGroupRequest { GroupName = "nodes", Description = "nodes", VpcId = vpc.VpcId }, Token);

        await AssertDeleteBlockedAsync(harness, vpc.VpcId);
        await harness.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = group.GroupId }, Token);
        await harness.Client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, Token);
    }

    [Fact]
    public async Task DeleteVpc_WithNonMainRouteTable_FailsWithDependencyViolation()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var table = await harness.Client.CreateRouteTableAsync(new CreateRouteTableRequest { VpcId = vpc.VpcId }, Token);

        await AssertDeleteBlockedAsync(harness, vpc.VpcId);
        await harness.Client.DeleteRouteTableAsync(new DeleteRouteTableRequest { RouteTableId = table.RouteTable.RouteTableId }, Token);
        await harness.Client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, Token);
    }

    private static async Task AssertDeleteBlockedAsync(Ec2Harness harness, string vpcId)
    {
        var error = await Ec2Steps.FailsAsync(() => harness.Client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpcId }, Token));
        Assert.Equal("DependencyViolation", error.ErrorCode);
        Assert.Contains(vpcId, error.Message, StringComparison.Ordinal);
    }
}
