using Amazon.EC2.Model;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class AvailabilityZoneOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeAvailabilityZones_UsEast1_ListsSixZonesWithZoneIdsIncludingConstrainedAz3()
    {
        using var harness = new Ec2Harness();
        var zones = (await harness.Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest(), Token)).AvailabilityZones;

        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"], zones.Select(z => z.ZoneName));
        Assert.Equal(["use1-az1", "use1-az2", "use1-az3", "use1-az4", "use1-az5", "use1-az6"], zones.Select(z => z.ZoneId));
        Assert.All(zones, z =>
        {
            Assert.Equal("us-east-1", z.RegionName);
            Assert.Equal("available", z.State.Value);
            Assert.Equal("availability-zone", z.ZoneType);
        });
    }

    [Theory]
    [InlineData("us-west-2", 4, "usw2-az1")]
    [InlineData("eu-west-1", 3, "euw1-az1")]
    [InlineData("ap-northeast-1", 3, "apne1-az4")]
    public async Task DescribeAvailabilityZones_OtherRegions_AnswerFromTheSigningRegion(string region, int count, string firstZoneId)
    {
        using var harness = new Ec2Harness();
        using var client = Ec2Harness.NewClient(harness.Service, region);
        var zones = (await client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest(), Token)).AvailabilityZones;
        Assert.Equal(count, zones.Count);
        Assert.Equal(firstZoneId, zones[0].ZoneId);
        Assert.All(zones, z => Assert.StartsWith(region, z.ZoneName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DescribeAvailabilityZones_ByZoneIdAndFilter_NarrowsTheList()
    {
        using var harness = new Ec2Harness();
        var byId = await harness.Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest { ZoneIds = ["use1-az3"] }, Token);
        Assert.Equal("us-east-1c", Assert.Single(byId.AvailabilityZones).ZoneName);
        var byFilter = await harness.Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest { Filters = [new Filter("zone-name", ["us-east-1a", "us-east-1b"])] }, Token);
        Assert.Equal(2, byFilter.AvailabilityZones.Count);
        Assert.Equal("InvalidParameterValue", (await Ec2Steps.FailsAsync(() => harness.Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest { ZoneNames = ["us-east-1z"] }, Token))).ErrorCode);
    }
}
