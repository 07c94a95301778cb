namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// A secret read from a slow source (SSM) once per execution environment and kept for
/// <see cref="TimeToLive"/>; after a signature mismatch it is read again at most once per
/// <see cref="MismatchRefreshInterval"/>, so a rotated secret works at once without letting forged
/// requests turn into a read per request.
/// </summary>
public sealed class CachedWebhookSecret : IWebhookSecret
{
    /// <summary>How long a read secret is used before it is read again.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    /// <summary>The least time between two re-reads caused by mismatching signatures.</summary>
    public static readonly TimeSpan MismatchRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly Func<CancellationToken, Task<string>> _read;
    private readonly TimeProvider _time;

    // One immutable snapshot, swapped whole: requests of a concurrent host never see half an update.
    private volatile Snapshot? _current;
    private long _lastMismatchRefreshTicks = long.MinValue;

    /// <param name="read">Reads the secret from its source (see <see cref="SsmWebhookSecretSource"/>).</param>
    public CachedWebhookSecret(Func<CancellationToken, Task<string>> read, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _read = read;
        _time = timeProvider;
    }

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_current is { } current && now - current.ReadAt < TimeToLive)
        {
            return current.Value;
        }

        return (await ReadAsync(now, cancellationToken)).Value;
    }

    public async ValueTask<string?> RefreshAfterMismatchAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var last = Interlocked.Read(ref _lastMismatchRefreshTicks);
        if (last != long.MinValue && now.UtcTicks - last < MismatchRefreshInterval.Ticks)
        {
            return null;
        }

        // Only the caller that claims the slot reads; a concurrent mismatch waits for the next interval.
        if (Interlocked.CompareExchange(ref _lastMismatchRefreshTicks, now.UtcTicks, last) != last)
        {
            return null;
        }

        var before = _current?.Value;
        var fresh = await ReadAsync(now, cancellationToken);
        return string.Equals(fresh.Value, before, StringComparison.Ordinal) ? null : fresh.Value;
    }

    private async Task<Snapshot> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var value = await _read(cancellationToken);
        if (string.IsNullOrEmpty(value))
        {
            throw new InvalidOperationException("The webhook secret is empty; store a long random value in the secret parameter.");
        }

        var snapshot = new Snapshot(value, now);
        _current = snapshot;
        return snapshot;
    }

    private sealed record Snapshot(string Value, DateTimeOffset ReadAt);
}
