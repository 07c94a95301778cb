using System.Net;
using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.EndToEnd;

/// <summary>EKS on the real simulated EC2 network: interfaces that hold the subnets until the cluster is gone.</summary>
public sealed class EksOnEc2Tests
{
    [Fact]
    public async Task Cluster_InRealSubnets_HoldsSubnetsUntilDeletionCompletes()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var client = sim.Client;
        var vpc = (await client.QueryAsync("ec2", "CreateVpc", ("CidrBlock", "10.0.0.0/16"))).XmlValue("vpcId")!;
        var subnetA = (await client.QueryAsync("ec2", "CreateSubnet", ("VpcId", vpc), ("CidrBlock", "10.0.1.0/24"), ("AvailabilityZone", "us-east-1a"))).XmlValue("subnetId")!;
        var subnetB = (await client.QueryAsync("ec2", "CreateSubnet", ("VpcId", vpc), ("CidrBlock", "10.0.2.0/24"), ("AvailabilityZone", "us-east-1b"))).XmlValue("subnetId")!;
        var role = await Steps.CreateRoleAsync(client, "r");
        await client.AdvanceAsync(30);
        var body = Steps.ClusterBody("c1", role);
        body["resourcesVpcConfig"]!["subnetIds"] = new System.Text.Json.Nodes.JsonArray(subnetA, subnetB);

        var created = await client.RestAsync(HttpMethod.Post, "/clusters", body);
        var interfaces = await client.QueryAsync("ec2", "DescribeNetworkInterfaces", ("Filter.1.Name", "vpc-id"), ("Filter.1.Value.1", vpc));
        var blocked = await client.QueryAsync("ec2", "DeleteSubnet", ("SubnetId", subnetA));
        await client.AdvanceAsync(600);
        await client.RestAsync(HttpMethod.Delete, "/clusters/c1");
        await client.AdvanceAsync(360);
        var freed = await client.QueryAsync("ec2", "DeleteSubnet", ("SubnetId", subnetA));

        Assert.True(created.Status == HttpStatusCode.OK, created.ToString());
        Assert.Equal(vpc, created.Json["cluster"]!["resourcesVpcConfig"]!["vpcId"]!.GetValue<string>());
        Assert.Equal(2, interfaces.Xml.Descendants().Count(e => e.Name.LocalName == "networkInterfaceId"));
        Assert.Equal("DependencyViolation", blocked.ErrorCode);
        Assert.True(freed.Status == HttpStatusCode.OK, freed.ToString());
    }

    [Fact]
    public async Task CreateCluster_SubnetsOfRealEc2InOneZone_InvalidParameter()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var client = sim.Client;
        var vpc = (await client.QueryAsync("ec2", "CreateVpc", ("CidrBlock", "10.0.0.0/16"))).XmlValue("vpcId")!;
        var a = (await client.QueryAsync("ec2", "CreateSubnet", ("VpcId", vpc), ("CidrBlock", "10.0.1.0/24"), ("AvailabilityZone", "us-east-1a"))).XmlValue("subnetId")!;
        var b = (await client.QueryAsync("ec2", "CreateSubnet", ("VpcId", vpc), ("CidrBlock", "10.0.2.0/24"), ("AvailabilityZone", "us-east-1a"))).XmlValue("subnetId")!;
        var role = await Steps.CreateRoleAsync(client, "r");
        await client.AdvanceAsync(30);
        var body = Steps.ClusterBody("c1", role);
        body["resourcesVpcConfig"]!["subnetIds"] = new System.Text.Json.Nodes.JsonArray(a, b);

        var reply = await client.RestAsync(HttpMethod.Post, "/clusters", body);

        Assert.Equal("InvalidParameterException", reply.ErrorCode);
        Assert.Contains("two different AZs", reply.Json["message"]!.GetValue<string>());
    }
}
