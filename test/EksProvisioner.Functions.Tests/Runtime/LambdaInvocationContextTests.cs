using EksProvisioner.Functions.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Functions.Tests.Runtime;

public sealed class LambdaInvocationContextTests
{
    [Fact]
    public void RemainingTime_ClockAdvances_ShrinksAndStopsAtZero()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 8, 0, 0, 0, TimeSpan.Zero));
        var context = new LambdaInvocationContext("id", time.GetUtcNow().AddMinutes(15), "arn", null, null, null, time);

        var atStart = context.RemainingTime;
        time.Advance(TimeSpan.FromMinutes(10));
        var later = context.RemainingTime;
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.FromMinutes(15), atStart);
        Assert.Equal(TimeSpan.FromMinutes(5), later);
        Assert.Equal(TimeSpan.Zero, context.RemainingTime);
    }

    [Fact]
    public void Constructor_EmptyRequestId_Throws() =>
        Assert.Throws<ArgumentException>(() => new LambdaInvocationContext(string.Empty, DateTimeOffset.MaxValue, "arn", null, null, null, TimeProvider.System));
}
