using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.StepFunctionsLocal.Tests.Execution;

public sealed class VirtualTimeSchedulerTests
{
    private static readonly DateTimeOffset Start = VirtualClock.DefaultStart;

    private static Task<T> RunFlowAsync<T>(VirtualTimeScheduler scheduler, Func<Task<T>> body)
    {
        scheduler.Enter();
        return Task.Run(async () =>
        {
            try
            {
                VirtualTimeScheduler.MarkFlow();
                return await body();
            }
            finally
            {
                scheduler.Exit();
            }
        });
    }

    [Fact]
    public async Task RunChildrenAsync_ChildrenParked_ClockJumpsThroughTheirDueTimesInOrder()
    {
        var clock = new VirtualClock(Start);
        var scheduler = new VirtualTimeScheduler(clock);
        var ct = TestContext.Current.CancellationToken;

        var results = await RunFlowAsync(scheduler, () => scheduler.RunChildrenAsync<DateTimeOffset>(
        [
            async () => { await scheduler.DelayAsync(TimeSpan.FromSeconds(20), ct); return clock.GetUtcNow(); },
            async () => { await scheduler.DelayAsync(TimeSpan.FromSeconds(10), ct); return clock.GetUtcNow(); },
        ]));

        Assert.Equal([Start.AddSeconds(20), Start.AddSeconds(10)], results);
        Assert.Equal(Start.AddSeconds(20), clock.GetUtcNow());
    }

    [Fact]
    public async Task DelayAsync_OneChildBusy_TimeWaitsForIt()
    {
        var clock = new VirtualClock(Start);
        var scheduler = new VirtualTimeScheduler(clock);
        var ct = TestContext.Current.CancellationToken;
        var busy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = RunFlowAsync(scheduler, () => scheduler.RunChildrenAsync<bool>(
        [
            async () => { parked.SetResult(); await scheduler.DelayAsync(TimeSpan.FromMinutes(5), ct); return true; },
            async () => { await busy.Task; return true; },
        ]));
        await parked.Task.WaitAsync(ct);
        await Task.Yield();

        Assert.Equal(Start, clock.GetUtcNow());
        busy.SetResult();
        await run.WaitAsync(ct);
        Assert.Equal(Start.AddMinutes(5), clock.GetUtcNow());
    }

    [Fact]
    public async Task DelayAsync_OutsideAFlow_WaitsForSomeoneToMoveTheClock()
    {
        var clock = new VirtualClock(Start);
        var scheduler = new VirtualTimeScheduler(clock);

        var delay = Task.Run(() => scheduler.DelayAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        while (clock.NextDue is null)
        {
            await Task.Yield();
        }

        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(30));
        await delay.WaitAsync(TestContext.Current.CancellationToken);
    }
}
