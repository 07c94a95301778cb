using Amazon.EC2;
using Amazon.EC2.Model;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

/// <summary>Short SDK calls shared by the EC2 tests (each one a real request through the harness).</summary>
internal static class Ec2Steps
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static List<TagSpecification> Tagged(string type, params (string Key, string Value)[] tags) =>
        [new TagSpecification { ResourceType = type, Tags = [.. tags.Select(t => new Tag(t.Key, t.Value))] }];

    public static async Task<Vpc> VpcAsync(this AmazonEC2Client ec2, string cidr = "10.0.0.0/16", params (string Key, string Value)[] tags) =>
        (await ec2.CreateVpcAsync(new CreateVpcRequest { CidrBlock = cidr, TagSpecifications = tags.Length == 0 ? null : Tagged("vpc", tags) }, Token)).Vpc;

    public static async Task<Subnet> SubnetAsync(this AmazonEC2Client ec2, string vpcId, string cidr, string zone = "us-east-1a") =>
        (await ec2.CreateSubnetAsync(new CreateSubnetRequest { VpcId = vpcId, CidrBlock = cidr, AvailabilityZone = zone }, Token)).Subnet;

    public static async Task<InternetGateway> AttachedGatewayAsync(this AmazonEC2Client ec2, string vpcId)
    {
        var gateway = (await ec2.CreateInternetGatewayAsync(new CreateInternetGatewayRequest(), Token)).InternetGateway;
        await ec2.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId, VpcId = vpcId }, Token);
        return gateway;
    }

    public static async Task<string> AddressAsync(this AmazonEC2Client ec2) =>
        (await ec2.AllocateAddressAsync(new AllocateAddressRequest { Domain = DomainType.Vpc }, Token)).AllocationId;

    public static async Task<NatGateway> NatAsync(this AmazonEC2Client ec2, string subnetId, string allocationId, string? clientToken = null) =>
        (await ec2.CreateNatGatewayAsync(new CreateNatGatewayRequest { SubnetId = subnetId, AllocationId = allocationId, ClientToken = clientToken }, Token)).NatGateway;

    public static async Task<NatGateway> DescribeNatAsync(this AmazonEC2Client ec2, string natId) =>
        (await ec2.DescribeNatGatewaysAsync(new DescribeNatGatewaysRequest { NatGatewayIds = [natId] }, Token)).NatGateways.Single();

    /// <summary>A VPC with an attached internet gateway, a public subnet and an available NAT gateway in it.</summary>
    public static async Task<(Vpc Vpc, Subnet Subnet, InternetGateway Gateway, string AllocationId, NatGateway Nat)> PublicNetworkWithNatAsync(this Ec2Harness harness)
    {
        var vpc = await harness.Client.VpcAsync();
        var gateway = await harness.Client.AttachedGatewayAsync(vpc.VpcId);
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var allocation = await harness.Client.AddressAsync();
        var nat = await harness.Client.NatAsync(subnet.SubnetId, allocation);
        return (vpc, subnet, gateway, allocation, nat);
    }

    /// <summary>Runs <paramref name="call"/> and returns the AWS error it must fail with.</summary>
    public static async Task<AmazonEC2Exception> FailsAsync(Func<Task> call) => await Assert.ThrowsAsync<AmazonEC2Exception>(call);
}
