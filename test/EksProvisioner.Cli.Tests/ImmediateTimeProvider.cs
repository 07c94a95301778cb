namespace EksProvisioner.Cli.Tests;

/// <summary>
/// Stands for the wall clock of a CLI waiting on AWS, with no waiting: every timer fires at once on the
/// thread pool, so the 5-second look interval becomes a loop bounded by the execution finishing on the
/// account's virtual clock. "Now" is fixed, so execution names are predictable.
/// </summary>
internal sealed class ImmediateTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        dueTime == Timeout.InfiniteTimeSpan
            ? System.CreateTimer(callback, state, dueTime, period)
            : System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
}
