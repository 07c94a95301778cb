using EksProvisioner.Core.Network;

namespace EksProvisioner.Core.Tests;

public class SubnetCarverTests
{
    [Fact]
    public void Carve_EksctlDefaults_PublicThenPrivateSlash19s()
    {
        var (pub, priv) = SubnetCarver.Carve(Cidr("192.168.0.0/16"), 3, 19, 19)!.Value;

        Assert.Equal(["192.168.0.0/19", "192.168.32.0/19", "192.168.64.0/19"], pub.Select(c => c.ToString()));
        Assert.Equal(["192.168.96.0/19", "192.168.128.0/19", "192.168.160.0/19"], priv.Select(c => c.ToString()));
    }

    [Fact]
    public void Carve_SmallPublicLargePrivate_AlignsEachToItsSize()
    {
        var (pub, priv) = SubnetCarver.Carve(Cidr("10.20.0.0/16"), 3, 22, 19)!.Value;

        Assert.Equal(["10.20.0.0/22", "10.20.4.0/22", "10.20.8.0/22"], pub.Select(c => c.ToString()));
        Assert.Equal(["10.20.32.0/19", "10.20.64.0/19", "10.20.96.0/19"], priv.Select(c => c.ToString()));
    }

    [Theory]
    [InlineData("10.0.0.0/20", 3, 19, 19)]
    [InlineData("10.0.0.0/18", 3, 20, 20)]
    [InlineData("10.0.0.0/16", 2, 15, 19)]
    public void Carve_DoesNotFit_ReturnsNull(string vpc, int zones, int publicLength, int privateLength)
    {
        Assert.Null(SubnetCarver.Carve(Cidr(vpc), zones, publicLength, privateLength));
    }

    [Fact]
    public void Carve_ExactFit_UsesTheWholeBlock()
    {
        var (pub, priv) = SubnetCarver.Carve(Cidr("10.0.0.0/18"), 2, 20, 20)!.Value;

        Assert.Equal("10.0.48.0/20", priv[^1].ToString());
        Assert.All(pub.Concat(priv), c => Assert.True(Cidr("10.0.0.0/18").Contains(c)));
    }

    private static Ipv4Cidr Cidr(string text) => Ipv4Cidr.TryParse(text, out _)!.Value;
}
