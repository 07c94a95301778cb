using EksProvisioner.Core.Time;
using Microsoft.Extensions.Time.Testing;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Tests.Clocks;

public sealed class ClockModeTests
{
    [Theory]
    [InlineData("virtual", false, 1)]
    [InlineData("realtime", true, 1)]
    [InlineData("realtime:60", true, 60)]
    [InlineData("REALTIME:0.5", true, 0.5)]
    public void Parse_ValidModes_ReadsFactor(string text, bool realtime, double factor)
    {
        var mode = ClockMode.Parse(text);

        Assert.Equal(realtime, mode.Realtime);
        Assert.Equal(factor, mode.Factor);
    }

    [Theory]
    [InlineData("realtime:0")]
    [InlineData("realtime:x")]
    [InlineData("fast")]
    public void Parse_Invalid_FormatException(string text) => Assert.Throws<FormatException>(() => ClockMode.Parse(text));

    [Fact]
    public void CreateClock_Realtime60_RunsSixtyTimesTheWallClock()
    {
        var wall = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var start = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var clock = ClockMode.Parse("realtime:60").CreateClock(wall, start);

        wall.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(start.AddMinutes(10), clock.GetUtcNow());
    }

    [Fact]
    public void CreateClock_Realtime60Timer_FiresAfterOneSixtiethOfWallTime()
    {
        var wall = new FakeTimeProvider();
        var clock = ClockMode.Parse("realtime:60").CreateClock(wall, wall.GetUtcNow());
        var fired = false;
        using var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        wall.Advance(TimeSpan.FromMilliseconds(999));
        var early = fired;
        wall.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(early);
        Assert.True(fired);
    }

    [Fact]
    public void CreateClock_Virtual_StandsStillUntilAdvanced()
    {
        var clock = ClockMode.Virtual.CreateClock(new FakeTimeProvider(), VirtualClock.DefaultStart);

        Assert.IsType<VirtualClock>(clock);
        Assert.Equal(VirtualClock.DefaultStart, clock.GetUtcNow());
    }
}
