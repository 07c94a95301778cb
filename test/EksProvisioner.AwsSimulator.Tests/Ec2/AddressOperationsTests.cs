using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.AwsSimulator.Ec2;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class AddressOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AllocateAddress_WithTags_DescribeAddressesParsesIt()
    {
        using var harness = new Ec2Harness();
        var allocated = await harness.Client.AllocateAddressAsync(new AllocateAddressRequest { Domain = DomainType.Vpc, TagSpecifications = Ec2Steps.Tagged("elastic-ip", ("eksprov:environment", "e1")) }, Token);
        Assert.Matches("^eipalloc-0[0-9a-f]{16}$", allocated.AllocationId);
        Assert.Matches(@"^52\.\d+\.\d+\.\d+$", allocated.PublicIp);
        Assert.Equal(DomainType.Vpc, allocated.Domain);

        var found = await harness.Client.DescribeAddressesAsync(new DescribeAddressesRequest { Filters = [new Filter("tag:eksprov:environment", ["e1"])] }, Token);
        var address = Assert.Single(found.Addresses);
        Assert.Equal(allocated.AllocationId, address.AllocationId);
        Assert.Equal(allocated.PublicIp, address.PublicIp);
        Assert.Null(address.AssociationId);
        Assert.Equal(allocated.PublicIp, Assert.Single((await harness.Client.DescribeAddressesAsync(new DescribeAddressesRequest { PublicIps = [allocated.PublicIp] }, Token)).Addresses).PublicIp);
    }

    [Fact]
    public async Task AllocateAddress_BeyondQuota_FailsWithAddressLimitExceeded()
    {
        using var harness = new Ec2Harness();
        for (var i = 0; i < 5; i++)
        {
            await harness.Client.AddressAsync();
        }

        Assert.Equal("AddressLimitExceeded", (await Ec2Steps.FailsAsync(() => harness.Client.AddressAsync())).ErrorCode);
    }

    [Fact]
    public async Task AllocateAddress_LowerQuota_IsHonoured()
    {
        using var harness = new Ec2Harness(new Ec2Quotas { ElasticIpsPerRegion = 1 });
        await harness.Client.AddressAsync();
        Assert.Equal("AddressLimitExceeded", (await Ec2Steps.FailsAsync(() => harness.Client.AddressAsync())).ErrorCode);
    }

    // ReleaseAddress API reference: an address associated with a resource must be disassociated
    // first; a NAT gateway holds its address until the gateway is deleted (InvalidIPAddress.InUse).
    [Fact]
    public async Task ReleaseAddress_HeldByNatGateway_FailsWithInUseUntilNatDeleted()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        var release = () => harness.Client.ReleaseAddressAsync(new ReleaseAddressRequest { AllocationId = network.AllocationId }, Token);

        var held = Assert.Single((await harness.Client.DescribeAddressesAsync(new DescribeAddressesRequest { AllocationIds = [network.AllocationId] }, Token)).Addresses);
        Assert.NotNull(held.AssociationId);
        Assert.Equal(network.Nat.NatGatewayAddresses[0].NetworkInterfaceId, held.NetworkInterfaceId);
        Assert.Equal("InvalidIPAddress.InUse", (await Ec2Steps.FailsAsync(release)).ErrorCode);

        await harness.Client.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatGatewayId = network.Nat.NatGatewayId }, Token);
        Assert.Equal("InvalidIPAddress.InUse", (await Ec2Steps.FailsAsync(release)).ErrorCode);
        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        await release();
        Assert.Equal("InvalidAllocationID.NotFound", (await Ec2Steps.FailsAsync(release)).ErrorCode);
    }

    [Fact]
    public async Task AssociateAddress_ToInterface_ThenDisassociate_AllowsRelease()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        await harness.Client.AttachedGatewayAsync(vpc.VpcId);
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var eni = (await harness.Client.CreateNetworkInterfaceAsync(new CreateNetworkInterfaceRequest { SubnetId = subnet.SubnetId }, Token)).NetworkInterface;
        var allocation = await harness.Client.AddressAsync();

        var associated = await harness.Client.AssociateAddressAsync(new AssociateAddressRequest { AllocationId = allocation, NetworkInterfaceId = eni.NetworkInterfaceId }, Token);
        Assert.Matches("^eipassoc-0[0-9a-f]{16}$", associated.AssociationId);
        var described = (await harness.Client.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = [eni.NetworkInterfaceId] }, Token)).NetworkInterfaces.Single();
        Assert.Equal(allocation, described.Association.AllocationId);

        Assert.Equal("InvalidIPAddress.InUse", (await Ec2Steps.FailsAsync(() => harness.Client.ReleaseAddressAsync(new ReleaseAddressRequest { AllocationId = allocation }, Token))).ErrorCode);
        await harness.Client.DisassociateAddressAsync(new DisassociateAddressRequest { AssociationId = associated.AssociationId }, Token);
        await harness.Client.ReleaseAddressAsync(new ReleaseAddressRequest { AllocationId = allocation }, Token);
    }
}
