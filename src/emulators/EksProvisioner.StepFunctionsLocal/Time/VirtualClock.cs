namespace EksProvisioner.StepFunctionsLocal.Time;

/// <summary>
/// A discrete-event clock shared by the local Step Functions engine and the simulated AWS account.
/// Time moves only when told (<see cref="AdvanceTo"/>, <see cref="Advance"/>, <see cref="AdvanceToNextDue"/>);
/// while it moves, every timer and scheduled callback that falls due fires in due order with the
/// clock set to its due time, so timestamps stay coherent. Because it is a <see cref="TimeProvider"/>,
/// <c>Task.Delay(delay, clock)</c> and <c>CancellationTokenSource(delay, clock)</c> follow it too.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly PriorityQueue<Entry, (DateTimeOffset Due, long Seq)> _queue = new();
    private DateTimeOffset _now;
    private long _sequence;

    /// <summary>Starts the clock at <paramref name="start"/> (UTC).</summary>
    public VirtualClock(DateTimeOffset start) => _now = start.ToUniversalTime();

    /// <summary>The default start of a fresh simulated account: a fixed, recognisable instant.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>The earliest pending due time, or null when nothing is scheduled.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
            {
                PruneCancelled();
                return _queue.TryPeek(out _, out var key) ? key.Due : null;
            }
        }
    }

    /// <summary>Runs <paramref name="callback"/> when the clock reaches <paramref name="due"/>. Dispose to cancel.</summary>
    public IDisposable Schedule(DateTimeOffset due, Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var entry = new Entry(callback);
        lock (_gate)
        {
            _queue.Enqueue(entry, (due, _sequence++));
        }

        return entry;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing what falls due.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        AdvanceTo(GetUtcNow() + delta);
    }

    /// <summary>Moves the clock to <paramref name="target"/>, firing what falls due in order. Never moves backwards.</summary>
    public void AdvanceTo(DateTimeOffset target)
    {
        while (true)
        {
            Entry entry;
            lock (_gate)
            {
                PruneCancelled();
                if (!_queue.TryPeek(out entry!, out var key) || key.Due > target)
                {
                    if (target > _now)
                    {
                        _now = target;
                    }

                    return;
                }

                _queue.Dequeue();
                if (key.Due > _now)
                {
                    _now = key.Due;
                }
            }

            // Fired outside the lock: callbacks may schedule more work or read the clock.
            entry.Fire();
        }
    }

    /// <summary>Jumps to the next due event and fires everything due then. False when nothing is scheduled.</summary>
    public bool AdvanceToNextDue()
    {
        var next = NextDue;
        if (next is null)
        {
            return false;
        }

        AdvanceTo(next.Value);
        return true;
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void PruneCancelled()
    {
        while (_queue.TryPeek(out var head, out _) && head.IsCancelled)
        {
            _queue.Dequeue();
        }
    }

    private sealed class Entry(Action callback) : IDisposable
    {
        private volatile bool _cancelled;

        public bool IsCancelled => _cancelled;

        public void Fire()
        {
            if (!_cancelled)
            {
                callback();
            }
        }

        public void Dispose() => _cancelled = true;
    }

    private sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private readonly object _gate = new();
        private IDisposable? _pending;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private bool _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return false;
                }

                _pending?.Dispose();
                _pending = null;
                _period = period;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    _pending = clock.Schedule(clock.GetUtcNow() + dueTime, Tick);
                }

                return true;
            }
        }

        private void Tick()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                _pending = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan
                    ? clock.Schedule(clock.GetUtcNow() + _period, Tick)
                    : null;
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _pending?.Dispose();
                _pending = null;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
