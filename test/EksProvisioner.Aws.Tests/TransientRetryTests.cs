using EksProvisioner.Aws.Http;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Time;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Aws.Tests;

public sealed class TransientRetryTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly List<TimeSpan> _delays = [];

    private TransientRetry Retry(AwsRetryOptions? options = null, double random = 0.5) =>
        new(options ?? AwsRetryOptions.Default, _time, Randomizers.Fixed(random))
        {
            Delay = (delay, _) =>
            {
                _delays.Add(delay);
                _time.Advance(delay);
                return Task.CompletedTask;
            },
        };

    private static AwsThrottledException Throttled() => new("slow down") { AwsErrorCode = "Throttling" };

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 100)]
    [InlineData(3, 200)]
    [InlineData(6, 500)]
    public void DelayFor_FixedHalfRandom_IsHalfOfCappedExponential(int attempt, int expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), Retry().DelayFor(attempt));

    [Fact]
    public void DelayFor_RandomZero_IsZero() => Assert.Equal(TimeSpan.Zero, Retry(random: 0).DelayFor(3));

    [Fact]
    public async Task ExecuteAsync_ThrottledTwiceThenSuccess_TriesThreeTimesWithJitteredBackoff()
    {
        var attempts = 0;

        var result = await Retry().ExecuteAsync<string>(
            (_, _) => ++attempts < 3 ? throw Throttled() : Task.FromResult("ok"),
            TestContext.Current.CancellationToken);

        Assert.Equal("ok", result);
        Assert.Equal(3, attempts);
        Assert.Equal([TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)], _delays);
    }

    [Fact]
    public async Task ExecuteAsync_AlwaysUnavailable_GivesUpAfterMaxAttempts()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<AwsServiceUnavailableException>(() => Retry().ExecuteAsync<string>(
            (_, _) =>
            {
                attempts++;
                throw new AwsServiceUnavailableException("503");
            },
            TestContext.Current.CancellationToken));

        Assert.Equal(3, attempts);
        Assert.Equal(2, _delays.Count);
    }

    [Theory]
    [InlineData(typeof(AwsRequestFailedException))]
    [InlineData(typeof(DependencyStillPresentException))]
    [InlineData(typeof(IamRoleNotReadyException))]
    public async Task ExecuteAsync_NotThrottlingOr5xx_FailsAtOnce(Type errorType)
    {
        var attempts = 0;

        var error = await Assert.ThrowsAnyAsync<EksProvisionerException>(() => Retry().ExecuteAsync<string>(
            (_, _) =>
            {
                attempts++;
                throw (EksProvisionerException)Activator.CreateInstance(errorType, "no", null)!;
            },
            TestContext.Current.CancellationToken));

        Assert.IsType(errorType, error);
        Assert.Equal(1, attempts);
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task ExecuteAsync_TotalTimeBudgetSpent_StopsRetrying()
    {
        var options = AwsRetryOptions.Default with { MaxAttempts = 10, MaxTotalTime = TimeSpan.FromMilliseconds(300) };
        var attempts = 0;

        await Assert.ThrowsAsync<AwsThrottledException>(() => Retry(options).ExecuteAsync<string>(
            (_, _) =>
            {
                attempts++;
                _time.Advance(TimeSpan.FromMilliseconds(100));
                throw Throttled();
            },
            TestContext.Current.CancellationToken));

        // 100 ms call, 50 ms wait, 100 ms call (250 ms) - a 100 ms wait would pass 300 ms, so it stops.
        Assert.Equal(2, attempts);
        Assert.Equal([TimeSpan.FromMilliseconds(50)], _delays);
    }
}
