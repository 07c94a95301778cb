using System.Xml.Linq;
using Amazon.EC2.Model;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Ec2;
using EksProvisioner.Core.Time;
using Microsoft.Extensions.Time.Testing;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class Ec2ServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SimulatedResponse Call(Ec2Service service, params (string Key, string Value)[] form) => service.Handle(new SimulatedRequest(
        "ec2", "us-east-1", Ec2Harness.Account, "POST", "/", new Dictionary<string, string>(), new Dictionary<string, string>(), [],
        form.Append((Key: "Version", Value: "2016-11-15")).ToDictionary(f => f.Key, f => f.Value), "req-1"));

    private static Ec2Service NewService(TimeProvider? clock = null, int seed = 42) =>
        new(clock ?? new FakeTimeProvider(VirtualClock.DefaultStart), LatencyModel.Default, Ec2Quotas.Default, Randomizers.Seeded(seed));

    [Fact]
    public void Handle_UnknownAction_AnswersInvalidActionInEc2ErrorDocument()
    {
        var response = Call(NewService(), ("Action", "RunInstances"));

        Assert.Equal(400, response.StatusCode);
        Assert.StartsWith("text/xml", response.ContentType, StringComparison.Ordinal);
        var root = XDocument.Parse(response.Body).Root!;
        Assert.Equal("Response", root.Name.LocalName);
        Assert.Equal("InvalidAction", root.Element("Errors")!.Element("Error")!.Element("Code")!.Value);
        Assert.Contains("RunInstances", root.Element("Errors")!.Element("Error")!.Element("Message")!.Value, StringComparison.Ordinal);
        Assert.Equal("req-1", root.Element("RequestID")!.Value);
    }

    [Fact]
    public void Handle_NoAction_AnswersMissingAction()
    {
        var response = Call(NewService());
        Assert.Equal(400, response.StatusCode);
        Assert.Contains("<Code>MissingAction</Code>", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_DryRun_AnswersDryRunOperationWithoutCreating()
    {
        var service = NewService();
        var response = Call(service, ("Action", "CreateVpc"), ("CidrBlock", "10.0.0.0/16"), ("DryRun", "true"));
        Assert.Equal(412, response.StatusCode);
        Assert.Contains("<Code>DryRunOperation</Code>", response.Body, StringComparison.Ordinal);
        Assert.Empty(service.Resources());
    }

    [Fact]
    public void Handle_Success_AnswersActionResponseInEc2NamespaceWithRequestId()
    {
        var response = Call(NewService(), ("Action", "CreateVpc"), ("CidrBlock", "10.0.0.0/16"));

        Assert.Equal(200, response.StatusCode);
        var root = XDocument.Parse(response.Body).Root!;
        XNamespace ns = "http://ec2.amazonaws.com/doc/2016-11-15/";
        Assert.Equal(ns + "CreateVpcResponse", root.Name);
        Assert.Equal("req-1", root.Element(ns + "requestId")!.Value);
        Assert.Equal("10.0.0.0/16", root.Element(ns + "vpc")!.Element(ns + "cidrBlock")!.Value);
    }

    [Fact]
    public void Handle_NonContiguousListIndexes_ReadsEveryMember()
    {
        var service = NewService();
        static string Id(SimulatedResponse response) => XDocument.Parse(response.Body).Descendants().First(e => e.Name.LocalName == "vpcId").Value;
        var first = Id(Call(service, ("Action", "CreateVpc"), ("CidrBlock", "10.0.0.0/16")));
        var second = Id(Call(service, ("Action", "CreateVpc"), ("CidrBlock", "10.1.0.0/16")));
        Call(service, ("Action", "CreateVpc"), ("CidrBlock", "10.2.0.0/16"));

        var response = Call(service, ("Action", "DescribeVpcs"), ("Filter.2.Name", "vpc-id"), ("Filter.2.Value.7", second), ("Filter.2.Value.3", first));

        var ids = XDocument.Parse(response.Body).Descendants().Where(e => e.Name.LocalName == "vpcId").Select(e => e.Value).Order();
        Assert.Equal(new[] { first, second }.Order(), ids);
    }

    [Fact]
    public void Ids_SameSeed_AreTheSame_OtherSeed_Differs()
    {
        static string VpcId(Ec2Service service) =>
            XDocument.Parse(Call(service, ("Action", "CreateVpc"), ("CidrBlock", "10.0.0.0/16")).Body).Descendants().First(e => e.Name.LocalName == "vpcId").Value;

        var first = VpcId(NewService(seed: 7));
        Assert.Equal(first, VpcId(NewService(seed: 7)));
        Assert.NotEqual(first, VpcId(NewService(seed: 8)));
        Assert.Matches("^vpc-0[0-9a-f]{16}$", first);
    }

    [Fact]
    public async Task SaveStateLoadState_RoundTrip_KeepsResourcesTagsPendingLifecycleAndIdCounter()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        await harness.Client.CreateTagsAsync(new CreateTagsRequest { Resources = [network.Vpc.VpcId], Tags = [new Tag("eksprov:environment", "persisted")] }, Token);
        var saved = harness.Service.SaveState().ToJsonString();

        var clock = new FakeTimeProvider(harness.Clock.GetUtcNow());
        var restored = new Ec2Service(clock, LatencyModel.Default, Ec2Quotas.Default, Randomizers.Seeded(999));
        restored.LoadState(System.Text.Json.Nodes.JsonNode.Parse(saved)!);
        using var client = Ec2Harness.NewClient(restored, "us-east-1");

        Assert.Equal(
            harness.Service.Resources().Select(r => $"{r.Type}/{r.Id}/{r.State}").Order(),
            restored.Resources().Select(r => $"{r.Type}/{r.Id}/{r.State}").Order());
        var vpc = (await client.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = [new Filter("tag:eksprov:environment", ["persisted"])] }, Token)).Vpcs.Single();
        Assert.Equal(network.Vpc.VpcId, vpc.VpcId);

        clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal("available", (await client.DescribeNatAsync(network.Nat.NatGatewayId)).State.Value);
        var detach = () => client.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = network.Gateway.InternetGatewayId, VpcId = vpc.VpcId }, Token);
        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(detach)).ErrorCode);

        var next = await client.VpcAsync("10.5.0.0/16");
        var continued = await harness.Client.VpcAsync("10.5.0.0/16");
        Assert.Equal(continued.VpcId, next.VpcId);
        Assert.DoesNotContain(next.VpcId, harness.Service.Resources().Where(r => r.Id != continued.VpcId).Select(r => r.Id));
    }

    [Fact]
    public async Task Resources_ListsEveryKindWithServiceTypeStateAndTags()
    {
        using var harness = new Ec2Harness();
        var network = await harness.PublicNetworkWithNatAsync();
        await harness.Client.CreateTagsAsync(new CreateTagsRequest { Resources = [network.Nat.NatGatewayId], Tags = [new Tag("eksprov:environment", "e3")] }, Token);

        var resources = harness.Service.Resources().ToList();

        Assert.All(resources, r => Assert.Equal("ec2", r.Service));
        Assert.Equal(
            ["elastic-ip", "internet-gateway", "nat-gateway", "network-interface", "route-table", "security-group", "subnet", "vpc"],
            resources.Select(r => r.Type).Distinct().Order());
        var nat = Assert.Single(resources, r => r.Type == "nat-gateway");
        Assert.Equal("pending", nat.State);
        Assert.Equal("e3", nat.Tags["eksprov:environment"]);
        Assert.Equal("associated", Assert.Single(resources, r => r.Type == "elastic-ip").State);
        Assert.Equal("attached", Assert.Single(resources, r => r.Type == "internet-gateway").State);
    }

    [Fact]
    public async Task Reset_ForgetsEverythingAndRestartsIds()
    {
        using var harness = new Ec2Harness();
        var first = await harness.Client.VpcAsync();
        harness.Service.Reset();

        Assert.Empty(harness.Service.Resources());
        Assert.Equal(first.VpcId, (await harness.Client.VpcAsync()).VpcId);
    }

    [Fact]
    public async Task Ec2Network_ServiceSecurityGroupAndInterfaces_AreVisibleAndBlockVpcDeletionUntilRemoved()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24", "us-east-1b");
        IEc2Network network = harness.Service;

        Assert.Equal(vpc.VpcId, network.VpcOfSubnet(subnet.SubnetId));
        Assert.Equal("us-east-1b", network.ZoneOfSubnet(subnet.SubnetId));
        Assert.Null(network.VpcOfSubnet("subnet-0000000000000000a"));
        Assert.Null(network.ZoneOfSubnet("subnet-0000000000000000a"));

        var groupId = network.CreateServiceSecurityGroup(vpc.VpcId, "eks-cluster-sg-demo-1", "EKS created security group", new Dictionary<string, string> { ["aws:eks:cluster-name"] = "demo" });
        Assert.True(network.SecurityGroupExists(groupId));
        var group = (await harness.Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [groupId] }, Token)).SecurityGroups.Single();
        Assert.Equal(groupId, Assert.Single(Assert.Single(group.IpPermissions).UserIdGroupPairs).GroupId);
        var eni = network.CreateServiceNetworkInterface(subnet.SubnetId, "Amazon EKS demo", "amazon-eks", new Dictionary<string, string>());

        var deleteVpc = () => harness.Client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, Token);
        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, Token))).ErrorCode);
        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(deleteVpc)).ErrorCode);

        network.DeleteServiceResource(eni);
        network.DeleteServiceResource(groupId);
        network.DeleteServiceResource("eni-0000000000000000a");
        Assert.False(network.SecurityGroupExists(groupId));
        await harness.Client.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, Token);
        await deleteVpc();
    }

    [Fact]
    public async Task Ec2Network_DuplicateServiceGroupName_ThrowsInvalidOperation()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        IEc2Network network = harness.Service;
        network.CreateServiceSecurityGroup(vpc.VpcId, "eks-cluster-sg", "d", new Dictionary<string, string>());

        var error = Assert.Throws<InvalidOperationException>(() => network.CreateServiceSecurityGroup(vpc.VpcId, "eks-cluster-sg", "d", new Dictionary<string, string>()));
        Assert.Contains("InvalidGroup.Duplicate", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => network.CreateServiceNetworkInterface("subnet-0000000000000000a", "d", "r", new Dictionary<string, string>()));
    }
}
