using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Cli.Local;

/// <summary>
/// The clock the in-process stage functions see. It reads the shared virtual clock, but a timer (the AWS
/// clients' short backoff) moves the virtual clock forward by its due time and fires at once: while a
/// Lambda task is in flight the engine holds virtual time still, so awaiting it would never end, and
/// time spent inside a function is time that passes for everyone (as the simulator's fault latency does).
/// </summary>
internal sealed class InvocationTime(VirtualClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan)
        {
            throw new NotSupportedException("stage functions use one-shot timers only");
        }

        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return clock.CreateTimer(callback, state, dueTime, period);
        }

        if (dueTime > TimeSpan.Zero)
        {
            clock.Advance(dueTime);
        }

        // Fired off the caller's stack on the thread pool, like a real timer that is already due.
        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
