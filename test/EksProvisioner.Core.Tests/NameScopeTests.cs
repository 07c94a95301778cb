using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Tests;

public class NameScopeTests
{
    [Theory]
    [InlineData("eksprov")]
    [InlineData("a")]
    [InlineData("team1234")]
    public void IsValidPrefix_LowercaseWordUpToEight_IsTrue(string prefix) => Assert.True(NameScope.IsValidPrefix(prefix));

    [Theory]
    [InlineData("")]
    [InlineData("eks-prov")]
    [InlineData("1team")]
    [InlineData("Team")]
    [InlineData("toolong12")]
    [InlineData("eksprov\n")]
    public void IsValidPrefix_HyphenDigitFirstUppercaseTooLongOrNewline_IsFalse(string prefix) => Assert.False(NameScope.IsValidPrefix(prefix));

    [Fact]
    public void Constructor_InvalidPrefix_Throws() => Assert.Throws<ArgumentException>(() => new NameScope("eks-prov", "us-east-1"));

    [Fact]
    public void Default_UsesTheDefaultPrefixAndTheRegionTag()
    {
        var scope = NameScope.Default("eu-central-1");

        Assert.Equal(NameScope.DefaultPrefix, scope.Prefix);
        Assert.Equal("euc1", scope.RegionTag);
    }
}
