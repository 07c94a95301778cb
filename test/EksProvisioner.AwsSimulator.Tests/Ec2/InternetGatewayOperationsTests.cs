using Amazon.EC2.Model;
using EksProvisioner.AwsSimulator.Ec2;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class InternetGatewayOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AttachInternetGateway_DescribeByAttachmentVpcId_ShowsAttachment()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var created = (await harness.Client.CreateInternetGatewayAsync(new CreateInternetGatewayRequest { TagSpecifications = Ec2Steps.Tagged("internet-gateway", ("Name", "igw")) }, Token)).InternetGateway;
        Assert.Matches("^igw-0[0-9a-f]{16}$", created.InternetGatewayId);
        Assert.Empty(created.Attachments ?? []);
        Assert.Equal("igw", Assert.Single(created.Tags).Value);

        await harness.Client.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = created.InternetGatewayId, VpcId = vpc.VpcId }, Token);

        var found = await harness.Client.DescribeInternetGatewaysAsync(new DescribeInternetGatewaysRequest { Filters = [new Filter("attachment.vpc-id", [vpc.VpcId])] }, Token);
        var gateway = Assert.Single(found.InternetGateways);
        Assert.Equal(created.InternetGatewayId, gateway.InternetGatewayId);
        var attachment = Assert.Single(gateway.Attachments);
        Assert.Equal(vpc.VpcId, attachment.VpcId);
        Assert.Equal("available", attachment.State.Value);
        Assert.Equal(Ec2Harness.Account, gateway.OwnerId);
    }

    [Fact]
    public async Task AttachInternetGateway_Twice_FailsWithResourceAlreadyAssociated()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var other = await harness.Client.VpcAsync("10.1.0.0/16");
        var gateway = await harness.Client.AttachedGatewayAsync(vpc.VpcId);

        var error = await Ec2Steps.FailsAsync(() => harness.Client.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId, VpcId = other.VpcId }, Token));
        Assert.Equal("Resource.AlreadyAssociated", error.ErrorCode);
    }

    // DetachInternetGateway: AWS refuses while the VPC "has some mapped public address(es)"; a public
    // NAT gateway maps its Elastic IP until it is deleted.
    [Fact]
    public async Task DetachInternetGateway_WhileNatGatewayMapsAddress_FailsWithDependencyViolationUntilNatDeleted()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        var detach = () => harness.Client.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = network.Gateway.InternetGatewayId, VpcId = network.Vpc.VpcId }, Token);

        var error = await Ec2Steps.FailsAsync(detach);
        Assert.Equal("DependencyViolation", error.ErrorCode);
        Assert.Contains("mapped public address", error.Message, StringComparison.Ordinal);

        await harness.Client.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatGatewayId = network.Nat.NatGatewayId }, Token);
        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(detach)).ErrorCode);
        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        await detach();
    }

    [Fact]
    public async Task DetachInternetGateway_NotAttachedThere_FailsWithGatewayNotAttached()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var gateway = (await harness.Client.CreateInternetGatewayAsync(new CreateInternetGatewayRequest(), Token)).InternetGateway;
        var error = await Ec2Steps.FailsAsync(() => harness.Client.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId, VpcId = vpc.VpcId }, Token));
        Assert.Equal("Gateway.NotAttached", error.ErrorCode);
    }

    [Fact]
    public async Task DeleteInternetGateway_WhileAttached_FailsWithDependencyViolation()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var gateway = await harness.Client.AttachedGatewayAsync(vpc.VpcId);
        var delete = () => harness.Client.DeleteInternetGatewayAsync(new DeleteInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId }, Token);

        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(delete)).ErrorCode);
        await harness.Client.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId, VpcId = vpc.VpcId }, Token);
        await delete();
        Assert.Equal("InvalidInternetGatewayID.NotFound", (await Ec2Steps.FailsAsync(delete)).ErrorCode);
    }

    [Fact]
    public async Task CreateInternetGateway_BeyondQuota_FailsWithInternetGatewayLimitExceeded()
    {
        using var harness = new Ec2Harness(new Ec2Quotas { InternetGatewaysPerRegion = 1 });
        await harness.Client.CreateInternetGatewayAsync(new CreateInternetGatewayRequest(), Token);
        var error = await Ec2Steps.FailsAsync(() => harness.Client.CreateInternetGatewayAsync(new CreateInternetGatewayRequest(), Token));
        Assert.Equal("InternetGatewayLimitExceeded", error.ErrorCode);
    }
}
