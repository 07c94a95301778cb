using System.Text.Json;

namespace EksProvisioner.Cli.Local;

/// <summary>
/// One writer per state directory. Every snapshot of the account and every record is written whole, so two
/// processes that each loaded the directory would overwrite each other's changes; the holder of this lock
/// is the only one that loads and writes. It is an OS lock on <c>DIR/.lock</c> (FileShare.None, flock on
/// Unix), which the OS drops when the process dies: a killed command never leaves a stale lock behind.
/// </summary>
public sealed class StateDirectoryLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly FileStream _stream;
    private readonly StateLayout _layout;

    private StateDirectoryLock(FileStream stream, StateLayout layout)
    {
        _stream = stream;
        _layout = layout;
    }

    /// <summary>
    /// Takes the lock, waiting up to <see cref="StateLockOptions.Wait"/> for a short command that holds it;
    /// throws <see cref="StateDirectoryException"/> naming the directory and the holder otherwise.
    /// </summary>
    public static async Task<StateDirectoryLock> AcquireAsync(StateLayout layout, StateLockOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(layout.Root);
        var started = options.Clock.GetTimestamp();
        var told = false;
        while (true)
        {
            if (TryOpen(layout) is { } stream)
            {
                var held = new StateDirectoryLock(stream, layout);
                var holder = new LockHolder(Environment.ProcessId, options.Command, options.Clock.GetUtcNow(), options.Server);
                await File.WriteAllTextAsync(layout.OwnerFile, JsonSerializer.Serialize(holder, Json), cancellationToken);
                return held;
            }

            var other = Holder(layout);
            var who = other?.ToString() ?? "another process";
            if (other is { Server: true } || options.Clock.GetElapsedTime(started) >= options.Wait)
            {
                throw new StateDirectoryException(
                    $"the state directory {layout.Root} is in use by {who}; wait for it to end or stop it, or give another --state-dir")
                { InUse = true };
            }

            if (!told)
            {
                told = true;
                await options.Notices.WriteLineAsync($"eksprov: waiting for {who}, which is using {layout.Root}");
            }

            await Task.Delay(RetryInterval, options.Clock, cancellationToken);
        }
    }

    /// <summary>
    /// Takes the lock (<see cref="AcquireAsync"/>), then brings the directory to the one layout
    /// (<see cref="StateLayout.MigrateOldLayout"/>), saying so on <see cref="StateLockOptions.Notices"/>.
    /// </summary>
    public static async Task<StateDirectoryLock> OpenAsync(StateLayout layout, StateLockOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(options);
        var held = await AcquireAsync(layout, options, cancellationToken);
        try
        {
            if (layout.MigrateOldLayout() is { } moved)
            {
                await options.Notices.WriteLineAsync(moved);
            }

            return held;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Who holds the directory now, or null when nobody does (then nothing that wrote it is still running).</summary>
    public static LockHolder? CurrentHolder(StateLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (!Directory.Exists(layout.Root))
        {
            return null;
        }

        using var probe = TryOpen(layout);
        return probe is null ? Holder(layout) ?? new LockHolder(0, "(unknown)", default, false) : null;
    }

    public void Dispose()
    {
        File.Delete(_layout.OwnerFile);
        _stream.Dispose();
    }

    private static FileStream? TryOpen(StateLayout layout)
    {
        try
        {
            return new FileStream(layout.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            // Sharing violation (EWOULDBLOCK from flock): somebody holds it.
            return null;
        }
    }

    private static LockHolder? Holder(StateLayout layout)
    {
        try
        {
            return JsonSerializer.Deserialize<LockHolder>(File.ReadAllText(layout.OwnerFile), Json);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            // Written just after the lock is taken: between the two, the holder is known only to exist.
            return null;
        }
    }
}
