using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Tests;

public class KubernetesSyntaxTests
{
    [Theory]
    [InlineData("app")]
    [InlineData("app.kubernetes.io/name")]
    [InlineData("node.example.com/lifecycle")]
    [InlineData("a_b.c-d")]
    [InlineData("9")]
    public void CheckKey_ValidKey_IsAccepted(string key)
    {
        Assert.Null(KubernetesSyntax.CheckKey(key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-app")]
    [InlineData("app-")]
    [InlineData("Example.com/x")]
    [InlineData("example.com/")]
    [InlineData("/name")]
    [InlineData("a b")]
    public void CheckKey_InvalidKey_IsRejected(string key)
    {
        Assert.NotNull(KubernetesSyntax.CheckKey(key));
    }

    [Fact]
    public void CheckKey_LongerThanEksAllows_IsRejected()
    {
        Assert.Null(KubernetesSyntax.CheckKey(new string('a', 63)));
        Assert.NotNull(KubernetesSyntax.CheckKey("example.com/" + new string('a', 52)));
    }

    [Theory]
    [InlineData("", true, true)]
    [InlineData("", false, false)]
    [InlineData("v1.2_x-y", false, true)]
    [InlineData("-x", false, false)]
    [InlineData("a/b", false, false)]
    public void CheckValue_FollowsLabelValueSyntax(string value, bool allowEmpty, bool valid)
    {
        Assert.Equal(valid, KubernetesSyntax.CheckValue(value, allowEmpty) is null);
    }

    [Theory]
    [InlineData("kube-system", true)]
    [InlineData("default", true)]
    [InlineData("Kube", false)]
    [InlineData("a.b", false)]
    [InlineData("-a", false)]
    public void IsNamespace_FollowsDnsLabelSyntax(string name, bool valid)
    {
        Assert.Equal(valid, KubernetesSyntax.IsNamespace(name));
    }

    [Fact]
    public void CheckKey_TrailingNewline_IsRejected()
    {
        Assert.Null(KubernetesSyntax.CheckKey("team"));
        Assert.NotNull(KubernetesSyntax.CheckKey("team\n"));
        Assert.NotNull(KubernetesSyntax.CheckKey("example.com\n/team"));
    }

    [Fact]
    public void CheckValue_TrailingNewline_IsRejected()
    {
        Assert.Null(KubernetesSyntax.CheckValue("web", allowEmpty: false));
        Assert.NotNull(KubernetesSyntax.CheckValue("web\n", allowEmpty: false));
    }

    [Fact]
    public void IsNamespace_TrailingNewline_IsRejected()
    {
        Assert.True(KubernetesSyntax.IsNamespace("default"));
        Assert.False(KubernetesSyntax.IsNamespace("default\n"));
    }
}
