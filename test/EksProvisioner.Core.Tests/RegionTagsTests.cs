using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Tests;

public class RegionTagsTests
{
    [Theory]
    [InlineData("us-east-1", "use1")]
    [InlineData("us-east-2", "use2")]
    [InlineData("eu-central-1", "euc1")]
    [InlineData("ap-southeast-2", "apse2")]
    [InlineData("ap-south-1", "aps1")]
    [InlineData("us-gov-west-1", "usgw1")]
    [InlineData("us-isob-east-1", "usibe1")]
    public void Of_KnownShape_IsTheCompactCode(string region, string tag) => Assert.Equal(tag, RegionTags.Of(region));

    [Theory]
    [InlineData("moon-base-1")]
    [InlineData("xx-upside-down-1")]
    [InlineData("eu-isoe-southeast-12")]
    public void Of_UnknownShapeOrTooLong_IsAHashOfMaxLength(string region)
    {
        var tag = RegionTags.Of(region);

        Assert.Equal(RegionTags.MaxLength, tag.Length);
        Assert.StartsWith("x", tag, StringComparison.Ordinal);
        Assert.NotEqual(tag, RegionTags.Of(region + "0"));
    }

    [Fact]
    public void Of_EveryCommercialRegion_IsDistinctAndShort()
    {
        string[] regions =
        [
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-7",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1", "me-south-1",
            "me-central-1", "mx-central-1", "sa-east-1", "us-gov-east-1", "us-gov-west-1",
        ];

        var tags = regions.Select(RegionTags.Of).ToList();

        Assert.Equal(regions.Length, tags.Distinct().Count());
        Assert.All(tags, t => Assert.InRange(t.Length, 1, RegionTags.MaxLength));
    }
}
