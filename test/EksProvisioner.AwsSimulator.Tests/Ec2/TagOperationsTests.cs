using Amazon.EC2.Model;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class TagOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateTags_OnSeveralKinds_DescribeTagsListsThemByFilter()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync();
        var subnet = await harness.Client.SubnetAsync(vpc.VpcId, "10.0.0.0/24");
        var allocation = await harness.Client.AddressAsync();

        await harness.Client.CreateTagsAsync(new CreateTagsRequest { Resources = [vpc.VpcId, subnet.SubnetId, allocation], Tags = [new Tag("eksprov:environment", "e2"), new Tag("Name", "n")] }, Token);

        var tags = await harness.Client.DescribeTagsAsync(new DescribeTagsRequest { Filters = [new Filter("key", ["eksprov:environment"])] }, Token);
        Assert.Equal(
            new[] { $"elastic-ip:{allocation}", $"subnet:{subnet.SubnetId}", $"vpc:{vpc.VpcId}" }.Order(),
            tags.Tags.Select(t => $"{t.ResourceType.Value}:{t.ResourceId}").Order());
        Assert.All(tags.Tags, t => Assert.Equal("e2", t.Value));
        var vpcOnly = await harness.Client.DescribeTagsAsync(new DescribeTagsRequest { Filters = [new Filter("resource-id", [vpc.VpcId])] }, Token);
        Assert.Equal(2, vpcOnly.Tags.Count);
        var bySubnetTag = await harness.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [new Filter("tag:eksprov:environment", ["e2"])] }, Token);
        Assert.Equal(subnet.SubnetId, Assert.Single(bySubnetTag.Subnets).SubnetId);
    }

    [Fact]
    public async Task DeleteTags_ByKeyAndByKeyValue_RemovesOnlyMatches()
    {
        using var harness = new Ec2Harness();
        var vpc = await harness.Client.VpcAsync("10.0.0.0/16", ("a", "1"), ("b", "2"), ("c", "3"));

        await harness.Client.DeleteTagsAsync(new DeleteTagsRequest { Resources = [vpc.VpcId], Tags = [new Tag { Key = "a" }, new Tag("b", "not-2"), new Tag("c", "3")] }, Token);

        var tags = (await harness.Client.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = [vpc.VpcId] }, Token)).Vpcs.Single().Tags;
        Assert.Equal(["b=2"], tags.Select(t => $"{t.Key}={t.Value}"));
    }

    [Fact]
    public async Task CreateTags_UnknownResource_FailsWithThatKindsNotFoundCode()
    {
        using var harness = new Ec2Harness();
        var error = await Ec2Steps.FailsAsync(() => harness.Client.CreateTagsAsync(new CreateTagsRequest { Resources = ["subnet-0000000000000000a"], Tags = [new Tag("k", "v")] }, Token));
        Assert.Equal("InvalidSubnetID.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task CreateVpc_TagSpecificationForOtherResourceType_FailsWithInvalidParameterValue()
    {
        using var harness = new Ec2Harness();
        var error = await Ec2Steps.FailsAsync(() => harness.Client.CreateVpcAsync(new CreateVpcRequest { CidrBlock = "10.0.0.0/16", TagSpecifications = Ec2Steps.Tagged("subnet", ("k", "v")) }, Token));
        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }
}
