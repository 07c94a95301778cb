using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Tests.Support;

public class WaitMathTests
{
    private static readonly DateTimeOffset Created = TestWorld.Start;
    private static readonly TimeSpan Expected = TimeSpan.FromSeconds(600);

    [Theory]
    [InlineData(0, 300)] // 600 s remain: capped so a slow resource is not overslept
    [InlineData(420, 180)] // the expected remainder
    [InlineData(597, 5)] // never shorter than 5 s
    [InlineData(600, 30)] // at the expectation: steady polling
    [InlineData(2000, 30)] // well past it, still inside the budget
    public void NextWaitSeconds_ElapsedSeconds_ExpectedRemainderClampedThenSteady(int elapsed, int expectedWait)
    {
        var wait = WaitMath.NextWaitSeconds(Expected, Created, Created.AddSeconds(elapsed), "cluster");

        Assert.Equal(expectedWait, wait);
    }

    [Fact]
    public void NextWaitSeconds_PastTheProvisioningDeadline_ThrowsWaitBudgetExhausted()
    {
        var deadline = Created.AddSeconds(100);

        var e = Assert.Throws<WaitBudgetExhaustedException>(() => WaitMath.NextWaitSeconds(Expected, Created, deadline, "cluster", deadline));

        Assert.Contains("provisioning budget", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextWaitSeconds_NearTheDeadline_WaitsOnlyUntilIt()
    {
        var wait = WaitMath.NextWaitSeconds(Expected, Created, Created, "cluster", Created.AddSeconds(40));

        Assert.Equal(40, wait);
    }

    [Fact]
    public void NextWaitSeconds_PastBudget_ThrowsWaitBudgetExhausted()
    {
        var budget = WaitMath.Budget(Expected);

        var error = Assert.Throws<WaitBudgetExhaustedException>(() =>
            WaitMath.NextWaitSeconds(Expected, Created, Created + budget + TimeSpan.FromSeconds(1), "EKS cluster dev"));

        Assert.Equal(TimeSpan.FromSeconds(2400), budget);
        Assert.Contains("EKS cluster dev", error.Message, StringComparison.Ordinal);
    }
}
