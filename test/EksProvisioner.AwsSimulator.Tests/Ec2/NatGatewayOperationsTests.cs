using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Ec2;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class NatGatewayOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateNatGateway_Public_SdkParsesPendingGatewayWithAddressAndTags()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        await harness.Client.AttachedGatewayAsync(vpc.VpcId);
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var allocation = await harness.Client.AllocateAddressAsync(new AllocateAddressRequest { Domain = DomainType.Vpc }, Token);

        var response = await harness.Client.CreateNatGatewayAsync(new CreateNatGatewayRequest
        {
            SubnetId = subnet.SubnetId,
            AllocationId = allocation.AllocationId,
            TagSpecifications = Ec2Steps.Tagged("natgateway", ("eksprov:environment", "e1")),
        }, Token);
        var nat = response.NatGateway;

        Assert.Matches("^nat-0[0-9a-f]{16}$", nat.NatGatewayId);
        Assert.Equal(NatGatewayState.Pending, nat.State);
        Assert.Equal(subnet.SubnetId, nat.SubnetId);
        Assert.Equal(vpc.VpcId, nat.VpcId);
        Assert.Equal(ConnectivityType.Public, nat.ConnectivityType);
        Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime, nat.CreateTime?.ToUniversalTime());
        var address = Assert.Single(nat.NatGatewayAddresses);
        Assert.Equal(allocation.AllocationId, address.AllocationId);
        Assert.Equal(allocation.PublicIp, address.PublicIp);
        Assert.StartsWith("10.0.0.", address.PrivateIp, StringComparison.Ordinal);
        Assert.StartsWith("eni-", address.NetworkInterfaceId, StringComparison.Ordinal);
        Assert.Equal("e1", Assert.Single(nat.Tags).Value);
    }

    [Fact]
    public async Task DescribeNatGateways_AsClockAdvances_GoesPendingAvailableDeletingDeletedThenGone()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        var id = network.Nat.NatGatewayId;
        async Task<string> State() => (await harness.Client.DescribeNatAsync(id)).State.Value;

        harness.Clock.Advance(TimeSpan.FromSeconds(89));
        Assert.Equal("pending", await State());
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("available", await State());

        Assert.Equal(id, (await harness.Client.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatGatewayId = id }, Token)).NatGatewayId);
        var deleting = await harness.Client.DescribeNatAsync(id);
        Assert.Equal("deleting", deleting.State.Value);
        Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime, deleting.DeleteTime?.ToUniversalTime());
        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal("deleted", await State());

        // AWS keeps describing deleted NAT gateways for about an hour.
        var byFilter = await harness.Client.DescribeNatGatewaysAsync(new DescribeNatGatewaysRequest { Filter = [new Filter("vpc-id", [network.Vpc.VpcId]), new Filter("state", ["deleted"])] }, Token);
        Assert.Equal(id, Assert.Single(byFilter.NatGateways).NatGatewayId);
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal("NatGatewayNotFound", (await Ec2Steps.FailsAsync(() => harness.Client.DescribeNatAsync(id))).ErrorCode);
    }

    [Fact]
    public async Task DescribeNatGateways_OnSharedVirtualClock_BecomesAvailableWhenClockAdvances()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var service = new Ec2Service(clock, LatencyModel.Default, Ec2Quotas.Default, Randomizers.Seeded(1));
        using var client = Ec2Harness.NewClient(service, "us-east-1");
        var vpc = await client.VpcAsync();
        await client.AttachedGatewayAsync(vpc.VpcId);
        var nat = await client.NatAsync((await client.SubnetAsync(vpc.VpcId, "10.0.0.0/24")).SubnetId, await client.AddressAsync());

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("pending", (await client.DescribeNatAsync(nat.NatGatewayId)).State.Value);
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("available", (await client.DescribeNatAsync(nat.NatGatewayId)).State.Value);
    }

    [Fact]
    public async Task CreateNatGateway_LatencyModelAndJitter_SetPendingDuration()
    {
        var latency = new LatencyModel { NatGatewayCreateSeconds = 30, JitterFraction = 0.2 };
        using var harness = new Ec2Harness(latency: latency, randomizer: Randomizers.Fixed(0.75));
        var network = await harness.PublicNetworkWithNatAsync();

        harness.Clock.Advance(TimeSpan.FromSeconds(32.9));
        Assert.Equal("pending", (await harness.Client.DescribeNatAsync(network.Nat.NatGatewayId)).State.Value);
        harness.Clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("available", (await harness.Client.DescribeNatAsync(network.Nat.NatGatewayId)).State.Value);
    }

    [Fact]
    public async Task CreateNatGateway_PublicWithoutInternetGateway_EndsFailedWithGatewayNotAttached()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var allocation = await harness.Client.AddressAsync();
        var nat = await harness.Client.NatAsync(subnet.SubnetId, allocation);

        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        var failed = await harness.Client.DescribeNatAsync(nat.NatGatewayId);
        Assert.Equal(NatGatewayState.Failed, failed.State);
        Assert.Equal("Gateway.NotAttached", failed.FailureCode);
        await harness.Client.ReleaseAddressAsync(new ReleaseAddressRequest { AllocationId = allocation }, Token);
        await harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, Token);
    }

    // EC2 idempotency (ec2-api-idempotency): the same ClientToken with the same parameters returns
    // the first gateway; with different parameters it answers IdempotentParameterMismatch.
    [Fact]
    public async Task CreateNatGateway_SameClientToken_ReturnsSameGatewayAndMismatchFails()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        var other = await harness.Client.SubnetAsync(network.Vpc.VpcId, "10.0.1.0/24");
        var allocation = await harness.Client.AddressAsync();

        var first = await harness.Client.NatAsync(other.SubnetId, allocation, clientToken: "nat-token");
        harness.Clock.Advance(TimeSpan.FromSeconds(90));
        var again = await harness.Client.CreateNatGatewayAsync(new CreateNatGatewayRequest { SubnetId = other.SubnetId, AllocationId = allocation, ClientToken = "nat-token" }, Token);

        Assert.Equal(first.NatGatewayId, again.NatGateway.NatGatewayId);
        Assert.Equal("nat-token", again.ClientToken);
        Assert.Equal(NatGatewayState.Available, again.NatGateway.State);
        Assert.Equal(2, (await harness.Client.DescribeNatGatewaysAsync(new DescribeNatGatewaysRequest(), Token)).NatGateways.Count);
        var mismatch = await Ec2Steps.FailsAsync(() => harness.Client.NatAsync(network.Subnet.SubnetId, allocation, clientToken: "nat-token"));
        Assert.Equal("IdempotentParameterMismatch", mismatch.ErrorCode);
    }

    [Fact]
    public async Task CreateNatGateway_BeyondPerZoneQuota_FailsWithNatGatewayLimitExceeded()
    {
        using var harness = new Ec2Harness(new Ec2Quotas { NatGatewaysPerAvailabilityZone = 1 });
        var network = await harness.PublicNetworkWithNatAsync();
        var sameZone = await harness.Client.SubnetAsync(network.Vpc.VpcId, "10.0.1.0/24", "us-east-1a");
        var otherZone = await harness.Client.SubnetAsync(network.Vpc.VpcId, "10.0.2.0/24", "us-east-1b");
        var allocation = await harness.Client.AddressAsync();

        Assert.Equal("NatGatewayLimitExceeded", (await Ec2Steps.FailsAsync(() => harness.Client.NatAsync(sameZone.SubnetId, allocation))).ErrorCode);
        Assert.Equal(NatGatewayState.Pending, (await harness.Client.NatAsync(otherZone.SubnetId, allocation)).State);
    }

    [Fact]
    public async Task CreateNatGateway_BadInputs_FailWithAwsCodes()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();

        Assert.Equal("Resource.AlreadyAssociated", (await Ec2Steps.FailsAsync(() => harness.Client.NatAsync(network.Subnet.SubnetId, network.AllocationId))).ErrorCode);
        Assert.Equal("InvalidAllocationID.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.NatAsync(network.Subnet.SubnetId, "eipalloc-0000000000000000a"))).ErrorCode);
        Assert.Equal("InvalidSubnetID.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.NatAsync("subnet-0000000000000000a", network.AllocationId))).ErrorCode);
        Assert.Equal("NatGatewayNotFound", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatGatewayId = "nat-0000000000000000a" }, Token))).ErrorCode);
    }

    [Fact]
    public async Task CreateNatGateway_Private_NeedsNoAddressOrInternetGateway()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var nat = (await harness.Client.CreateNatGatewayAsync(new CreateNatGatewayRequest { SubnetId = subnet.SubnetId, ConnectivityType = ConnectivityType.Private }, Token)).NatGateway;

        harness.Clock.Advance(TimeSpan.FromSeconds(90));
        var available = await harness.Client.DescribeNatAsync(nat.NatGatewayId);
        Assert.Equal(NatGatewayState.Available, available.State);
        Assert.Null(available.NatGatewayAddresses[0].PublicIp);
    }
}
