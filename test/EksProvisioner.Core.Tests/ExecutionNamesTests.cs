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
}
