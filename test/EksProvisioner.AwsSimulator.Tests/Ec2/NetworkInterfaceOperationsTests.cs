using Amazon.EC2;
using Amazon.EC2.Model;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class NetworkInterfaceOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeNetworkInterfaces_ServiceInterface_IsRequesterManagedInUseWithDescription()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var id = harness.Service.CreateServiceNetworkInterface(subnet.SubnetId, "Amazon EKS demo", "amazon-eks", new Dictionary<string, string> { ["cluster.k8s.amazonaws.com/name"] = "demo" });

        var found = await harness.Client.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { Filters = [new Filter("vpc-id", [vpc.VpcId]), new Filter("requester-managed", ["true"])] }, Token);
        var eni = Assert.Single(found.NetworkInterfaces);
        Assert.Equal(id, eni.NetworkInterfaceId);
        Assert.Matches("^eni-0[0-9a-f]{16}$", id);
        Assert.True(eni.RequesterManaged);
        Assert.Equal("amazon-eks", eni.RequesterId);
        Assert.Equal(NetworkInterfaceStatus.InUse, eni.Status);
        Assert.Equal(NetworkInterfaceType.Interface, eni.InterfaceType);
        Assert.Equal("Amazon EKS demo", eni.Description);
        Assert.Equal(subnet.SubnetId, eni.SubnetId);
        Assert.Equal("us-east-1a", eni.AvailabilityZone);
        Assert.Equal("10.0.0.4", eni.PrivateIpAddress);
        Assert.Equal("demo", Assert.Single(eni.TagSet).Value);
        Assert.Equal("attached", eni.Attachment.Status.Value);
        Assert.Equal(251 - 1, (await harness.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { SubnetIds = [subnet.SubnetId] }, Token)).Subnets[0].AvailableIpAddressCount);
    }

    [Fact]
    public async Task DeleteNetworkInterface_InUse_FailsWithInUseAndBlocksVpcDeletion()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var id = harness.Service.CreateServiceNetworkInterface(subnet.SubnetId, "Amazon EKS demo", "amazon-eks", new Dictionary<string, string>());

        Assert.Equal("InvalidNetworkInterface.InUse", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteNetworkInterfaceAsync(new DeleteNetworkInterfaceRequest { NetworkInterfaceId = id }, Token))).ErrorCode);
        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, Token))).ErrorCode);
    }

    [Fact]
    public async Task NatGatewayInterface_IsListedAsNatGatewayTypeAndGoesWithTheGateway()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        var eniId = network.Nat.NatGatewayAddresses[0].NetworkInterfaceId;

        var eni = (await harness.Client.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = [eniId] }, Token)).NetworkInterfaces.Single();
        Assert.Equal("nat_gateway", eni.InterfaceType.Value);
        Assert.Equal(network.Nat.NatGatewayAddresses[0].PublicIp, eni.Association.PublicIp);

        await harness.Client.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatGatewayId = network.Nat.NatGatewayId }, Token);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("InvalidNetworkInterfaceID.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = [eniId] }, Token))).ErrorCode);
    }

    [Fact]
    public async Task CreateNetworkInterface_Available_CanBeDeleted()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var eni = (await harness.Client.CreateNetworkInterfaceAsync(new CreateNetworkInterfaceRequest { SubnetId = subnet.SubnetId, Description = "leftover", TagSpecifications = Ec2Steps.Tagged("network-interface", ("k", "v")) }, Token)).NetworkInterface;
        Assert.Equal(NetworkInterfaceStatus.Available, eni.Status);
        Assert.Equal("default", Assert.Single(eni.Groups).GroupName);

        await harness.Client.DeleteNetworkInterfaceAsync(new DeleteNetworkInterfaceRequest { NetworkInterfaceId = eni.NetworkInterfaceId }, Token);
        await harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, Token);
    }
}
