using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Errors;

namespace EksProvisioner.StepFunctionsLocal.Tests.Errors;

public sealed class RetrierTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 6)]
    [InlineData(2, 10)]
    public void Delay_BackoffWithMaxDelay_GrowsThenCaps(int attempt, double seconds)
    {
        var retrier = new Retrier(["E"], IntervalSeconds: 2, BackoffRate: 3, MaxDelaySeconds: 10);

        Assert.Equal(TimeSpan.FromSeconds(seconds), retrier.Delay(attempt, Randomizers.Fixed(0.5)));
    }

    [Fact]
    public void Delay_FullJitter_ScalesByTheRandomizer()
    {
        var retrier = new Retrier(["E"], IntervalSeconds: 8, Jitter: JitterStrategy.Full);

        Assert.Equal(TimeSpan.FromSeconds(2), retrier.Delay(0, Randomizers.Fixed(0.25)));
    }
}
