namespace EksProvisioner.AwsSimulator.Clocks;

/// <summary>
/// A clock that follows a wall clock sped up by a factor (<c>--clock realtime:FACTOR</c>): simulated
/// time runs from <c>origin</c> at <c>factor</c> simulated seconds per wall second, and timers wait
/// <c>1/factor</c> of their simulated delay. For demonstrations with the aws CLI.
/// </summary>
internal sealed class ScaledClock : TimeProvider
{
    private readonly TimeProvider _wall;
    private readonly double _factor;
    private readonly long _wallStart;
    private readonly DateTimeOffset _origin;

    public ScaledClock(TimeProvider wall, double factor, DateTimeOffset origin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(factor, 0);
        _wall = wall;
        _factor = factor;
        _origin = origin;
        _wallStart = wall.GetTimestamp();
    }

    public double Factor => _factor;

    public override DateTimeOffset GetUtcNow() =>
        _origin + TimeSpan.FromTicks((long)(_wall.GetElapsedTime(_wallStart).Ticks * _factor));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => _wall.TimestampFrequency;

    public override long GetTimestamp() => _wallStart + (long)((_wall.GetTimestamp() - _wallStart) * _factor);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_wall.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks((long)(span.Ticks / _factor));

    private sealed class ScaledTimer(ITimer inner, ScaledClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
