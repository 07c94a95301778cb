using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using EksProvisioner.Testing;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

/// <summary>
/// The same EC2 call sequence against moto_server and the simulator. Where both agree, the
/// simulator matches an independent implementation; where they differ, the simulator is stricter
/// than moto and each such step names the AWS documentation rule it follows.
/// </summary>
[Trait("Oracle", "moto")]
public sealed class MotoDifferentialTests(MotoServer moto) : IClassFixture<MotoServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private sealed class Side(AmazonEC2Client ec2)
    {
        public AmazonEC2Client Ec2 { get; } = ec2;

        public string VpcId { get; set; } = string.Empty;

        public string SubnetId { get; set; } = string.Empty;

        public string GatewayId { get; set; } = string.Empty;

        public string AllocationId { get; set; } = string.Empty;

        public List<string> Observations { get; } = [];
    }

    private sealed record Step(string Name, Func<Side, Task> Call, string Simulator, string Moto, string? AwsRule = null);

    private static readonly Step[] Sequence =
    [
        new("CreateVpc", async s =>
        {
            var vpc = (await s.Ec2.CreateVpcAsync(new CreateVpcRequest { CidrBlock = "10.0.0.0/16", TagSpecifications = Ec2Steps.Tagged("vpc", ("eksprov:environment", "diff")) }, Token)).Vpc;
            s.VpcId = vpc.VpcId;
            s.Observations.Add($"vpc {vpc.CidrBlock} {vpc.State} default={vpc.IsDefault} owner={vpc.OwnerId} tags={string.Join(",", vpc.Tags.Select(t => t.Key + "=" + t.Value))} assoc={vpc.CidrBlockAssociationSet[0].CidrBlockState.State}");
        }, "OK", "OK"),
        new("CreateSubnet", async s =>
        {
            var subnet = (await s.Ec2.CreateSubnetAsync(new CreateSubnetRequest { VpcId = s.VpcId, CidrBlock = "10.0.0.0/24", AvailabilityZone = "us-east-1a" }, Token)).Subnet;
            s.SubnetId = subnet.SubnetId;
            s.Observations.Add($"subnet {subnet.CidrBlock} {subnet.AvailabilityZone} {subnet.State} free={subnet.AvailableIpAddressCount} public={subnet.MapPublicIpOnLaunch} default={subnet.DefaultForAz} vpcMatches={subnet.VpcId == s.VpcId}");
        }, "OK", "OK"),
        new("DescribeVpcsByTag", async s =>
        {
            var vpcs = (await s.Ec2.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = [new Filter("tag:eksprov:environment", ["diff"])] }, Token)).Vpcs;
            s.Observations.Add($"by-tag {vpcs.Count} {vpcs[0].VpcId == s.VpcId}");
        }, "OK", "OK"),
        new("DeleteVpcWithSubnet", s => s.Ec2.DeleteVpcAsync(new DeleteVpcRequest { VpcId = s.VpcId }, Token), "DependencyViolation", "DependencyViolation"),
        new("CreateSubnetOutsideVpc", s => s.Ec2.CreateSubnetAsync(new CreateSubnetRequest { VpcId = s.VpcId, CidrBlock = "10.1.0.0/24" }, Token), "InvalidSubnet.Range", "InvalidSubnet.Range"),
        new("CreateVpcBadCidr", s => s.Ec2.CreateVpcAsync(new CreateVpcRequest { CidrBlock = "10.0.0.0/33" }, Token), "InvalidParameterValue", "InvalidParameterValue"),
        new("DescribeUnknownVpc", s => s.Ec2.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = ["vpc-0000000000000000a"] }, Token), "InvalidVpcID.NotFound", "InvalidVpcID.NotFound"),
        new("AttachGatewayAllocateAddressCreateNat", async s =>
        {
            s.GatewayId = (await s.Ec2.AttachedGatewayAsync(s.VpcId)).InternetGatewayId;
            s.AllocationId = await s.Ec2.AddressAsync();
            var nat = await s.Ec2.NatAsync(s.SubnetId, s.AllocationId);
            s.Observations.Add($"nat created vpcMatches={nat.VpcId == s.VpcId} address={nat.NatGatewayAddresses[0].AllocationId == s.AllocationId}");
        }, "OK", "OK"),
        new("CreateOverlappingSubnet", s => s.Ec2.CreateSubnetAsync(new CreateSubnetRequest { VpcId = s.VpcId, CidrBlock = "10.0.0.0/25" }, Token), "InvalidSubnet.Conflict", "InvalidSubnet.Conflict"),
        new("AttachGatewayTwice", s => s.Ec2.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = s.GatewayId, VpcId = s.VpcId }, Token), "Resource.AlreadyAssociated", "Resource.AlreadyAssociated"),
        new("ReleaseAddressHeldByNat", s => s.Ec2.ReleaseAddressAsync(new ReleaseAddressRequest { AllocationId = s.AllocationId }, Token), "InvalidIPAddress.InUse", "OK",
            "ReleaseAddress API reference: disassociate the address before releasing it; a NAT gateway holds its address until deleted"),
        new("DetachGatewayWhileNatMapsAddress", s => s.Ec2.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = s.GatewayId, VpcId = s.VpcId }, Token), "DependencyViolation", "OK",
            "DetachInternetGateway: the VPC must not contain running instances or mapped public (Elastic IP) addresses"),
        new("DeleteSubnetWithNat", s => s.Ec2.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = s.SubnetId }, Token), "DependencyViolation", "OK",
            "DeleteSubnet API reference: terminate all instances (the NAT gateway's interface included) before deleting the subnet"),
    ];

    private static async Task<string> RunAsync(Step step, Side side)
    {
        try
        {
            await step.Call(side);
            return "OK";
        }
        catch (AmazonEC2Exception error)
        {
            return error.ErrorCode;
        }
    }

    [Fact]
    public async Task NetworkSequence_SimulatorAgreesWithMotoExceptWhereAwsIsStricter()
    {
        var endpoint = moto.Endpoint;
        await moto.ResetAsync();
        using var harness = new Ec2Harness();
        using var motoClient = new AmazonEC2Client(new BasicAWSCredentials("testing", "testing"), new AmazonEC2Config { ServiceURL = endpoint.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        var simulator = new Side(harness.Client);
        var reference = new Side(motoClient);

        foreach (var step in Sequence)
        {
            Assert.Equal((step.Name, step.Simulator), (step.Name, await RunAsync(step, simulator)));
            Assert.Equal((step.Name, step.Moto), (step.Name, await RunAsync(step, reference)));
            Assert.True(step.Simulator == step.Moto || step.AwsRule is not null, $"{step.Name}: a difference from moto must name the AWS rule");
        }

        Assert.Equal(reference.Observations, simulator.Observations);
    }

    [Fact]
    public async Task CreateNatGateway_SimulatorIsPendingFirst_MotoIsAvailableAtOnce()
    {
        // NAT gateway user guide: "When you create a NAT gateway, it's in the pending state" until it
        // is available; moto skips the pending state, so waits are only exercised by the simulator.
        var endpoint = moto.Endpoint;
        using var harness = new Ec2Harness();
        using var motoClient = new AmazonEC2Client(new BasicAWSCredentials("testing", "testing"), new AmazonEC2Config { ServiceURL = endpoint.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

        async Task<string> StateAsync(AmazonEC2Client ec2)
        {
            var vpc = await ec2.VpcAsync("10.20.0.0/16");
            await ec2.AttachedGatewayAsync(vpc.VpcId);
            var subnet = await ec2.SubnetAsync(vpc.VpcId, "10.20.0.0/24");
            var nat = await ec2.NatAsync(subnet.SubnetId, await ec2.AddressAsync());
            return (await ec2.DescribeNatAsync(nat.NatGatewayId)).State.Value;
        }

        Assert.Equal("pending", await StateAsync(harness.Client));
        Assert.Equal("available", await StateAsync(motoClient));
    }
}
