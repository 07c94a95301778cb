using EksProvisioner.Core.Network;

namespace EksProvisioner.Core.Tests;

public class Ipv4CidrTests
{
    [Theory]
    [InlineData("192.168.0.0/16")]
    [InlineData("0.0.0.0/0")]
    [InlineData("10.0.0.255/32")]
    public void TryParse_CanonicalCidr_RoundTrips(string text)
    {
        var cidr = Ipv4Cidr.TryParse(text, out var reason);

        Assert.Null(reason);
        Assert.Equal(text, cidr!.Value.ToString());
    }

    [Theory]
    [InlineData("10.0.0/16")]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.0/33")]
    [InlineData("256.0.0.0/8")]
    [InlineData("010.0.0.0/8")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/016")]
    [InlineData("a.b.c.d/8")]
    public void TryParse_Malformed_ReturnsNullWithReason(string text)
    {
        Assert.Null(Ipv4Cidr.TryParse(text, out var reason));
        Assert.StartsWith("is not an IPv4 CIDR", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_HostBitsSet_NamesTheRealBlock()
    {
        Assert.Null(Ipv4Cidr.TryParse("10.1.2.3/16", out var reason));
        Assert.Equal("has host bits set; the block is 10.1.0.0/16", reason);
    }

    [Fact]
    public void ContainsAndOverlaps_FollowTheAddressRanges()
    {
        var vpc = Parse("10.0.0.0/16");

        Assert.True(vpc.Contains(Parse("10.0.255.0/24")));
        Assert.False(vpc.Contains(Parse("10.1.0.0/24")));
        Assert.False(vpc.Contains(Parse("10.0.0.0/15")));
        Assert.True(Parse("10.0.0.0/23").Overlaps(Parse("10.0.1.0/24")));
        Assert.False(Parse("10.0.0.0/24").Overlaps(Parse("10.0.1.0/24")));
        Assert.True(Parse("0.0.0.0/0").Contains(Parse("255.255.255.255/32")));
    }

    private static Ipv4Cidr Parse(string text) => Ipv4Cidr.TryParse(text, out _)!.Value;
}
