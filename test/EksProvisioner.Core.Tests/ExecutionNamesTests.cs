using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Tests;

public sealed class ExecutionNamesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 7, 0, 5, TimeSpan.FromHours(1));

    [Fact]
    public void Up_Time_IsEnvironmentThenUtcStamp() =>
        Assert.Equal("dev-alice_up_20261126T060005Z", ExecutionNames.Up("dev-alice", At));

    [Fact]
    public void Down_Time_IsEnvironmentThenUtcStamp() =>
        Assert.Equal("dev_down_20261126T060005Z", ExecutionNames.Down("dev", At));

    [Fact]
    public void Reap_SameExpiry_SameName() =>
        Assert.Equal(ExecutionNames.Reap("dev", At), ExecutionNames.Reap("dev", At.ToUniversalTime()));

    [Fact]
    public void ForTicket_KeyWithSlashesAndDots_ReplacesThemWithHyphens() =>
        Assert.Equal("dev_jira-OPS-12-3-x", ExecutionNames.ForTicket("dev", new TicketSpec("jira", "OPS-12.3/x", null)));

    [Fact]
    public void ForTicket_VeryLongKey_FitsEightyAndStaysUnique()
    {
        var env = new string('a', 40);
        var one = ExecutionNames.ForTicket(env, new TicketSpec("jira", new string('K', 63) + "1", null));
        var two = ExecutionNames.ForTicket(env, new TicketSpec("jira", new string('K', 63) + "2", null));

        Assert.Equal(ExecutionNames.MaxLength, one.Length);
        Assert.NotEqual(one, two);
        Assert.Equal(env, ExecutionNames.EnvironmentOf(one));
    }

    [Theory]
    [InlineData("dev_up_20261126T060005Z", "dev")]
    [InlineData("dev-alice_jira-OPS-1", "dev-alice")]
    [InlineData("dev-alice_reap_x_y", "dev-alice")]
    [InlineData("dev-up-1764136805", null)]
    [InlineData("_up", null)]
    [InlineData("Dev_up", null)]
    [InlineData("dev-_up", null)]
    public void EnvironmentOf_Name_IsTheTextBeforeTheFirstUnderscoreWhenItIsAnEnvironmentName(string name, string? expected) =>
        Assert.Equal(expected, ExecutionNames.EnvironmentOf(name));

    [Fact]
    public void Up_NotAnEnvironmentName_Throws() =>
        Assert.Throws<ArgumentException>(() => ExecutionNames.Up("Dev_1", At));

    [Fact]
    public void SignedDown_Signature_IsDownThenSixteenHexOfItsSha256()
    {
        byte[] signature = [1, 2, 3];
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(signature))[..16];

        Assert.Equal("dev_down_" + hash, ExecutionNames.SignedDown("dev", signature));
        Assert.Equal("dev", ExecutionNames.EnvironmentOf(ExecutionNames.SignedDown("dev", signature)));
    }

    [Fact]
    public void SignedDown_AnotherSignature_AnotherName() =>
        Assert.NotEqual(ExecutionNames.SignedDown("dev", [1]), ExecutionNames.SignedDown("dev", [2]));

    [Theory]
    [InlineData("jira", "OPS-1")]
    [InlineData("up", "X_1")]
    [InlineData("service-now", "CHG_1")]
    public void IsForTicket_TicketName_IsTrue(string system, string key) =>
        Assert.True(ExecutionNames.IsForTicket(ExecutionNames.ForTicket("dev", new TicketSpec(system, key, null))));

    [Fact]
    public void IsForTicket_TimedOrForeignName_IsFalse()
    {
        Assert.False(ExecutionNames.IsForTicket(ExecutionNames.Up("dev", At)));
        Assert.False(ExecutionNames.IsForTicket(ExecutionNames.Down("dev", At)));
        Assert.False(ExecutionNames.IsForTicket(ExecutionNames.Reap("dev", At)));
        Assert.False(ExecutionNames.IsForTicket(ExecutionNames.SignedDown("dev", [1])));
        Assert.False(ExecutionNames.IsForTicket("hand-started"));
    }
}
