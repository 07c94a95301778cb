using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// Decides when virtual time may move. Every flow that is running code (an execution, a branch, an in-flight task
/// invocation) holds a token; a flow parked on the clock (a Wait, a retry interval, a timeout) has given its token
/// back. When the last token is returned and some flow is parked, the clock jumps to the next due event, which
/// wakes the parked flows (they take a token back synchronously inside the clock callback, before anything can
/// observe zero). With nothing parked the clock stays put. A parent waiting for children hands its token to them
/// and the last child to finish hands it back, so a quiet instant between them never lets time slip.
/// </summary>
internal sealed class VirtualTimeScheduler(VirtualClock clock)
{
    private static readonly AsyncLocal<bool> InFlow = new();
    private readonly object _gate = new();
    private int _busy;
    private int _parked;

    public VirtualClock Clock { get; } = clock;

    /// <summary>Takes a token for a new flow (call before the flow starts, so time cannot move in between).</summary>
    public void Enter()
    {
        // Under the gate: a new flow cannot slip in between the driver's quiet check and its advance.
        lock (_gate)
        {
            Interlocked.Increment(ref _busy);
        }
    }

    /// <summary>Marks the current async flow as one that holds a token (set at the start of every flow body).</summary>
    public static void MarkFlow() => InFlow.Value = true;

    /// <summary>Returns a flow's token; may advance the clock.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref _busy) == 0)
        {
            Drive();
        }
    }

    /// <summary>Parks the calling flow until the clock reaches now + <paramref name="delay"/> (or the token is cancelled).</summary>
    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        if (!InFlow.Value)
        {
            // Not inside an execution (no token to give back): an ordinary wait on the clock, which someone else moves.
            await Task.Delay(delay, Clock, cancellationToken);
            return;
        }

        var wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var woken = 0;
        void Wake(bool cancelled)
        {
            if (Interlocked.Exchange(ref woken, 1) != 0)
            {
                return;
            }

            // The token is taken back here, synchronously in the clock or cancel callback, before the driver looks again.
            Interlocked.Increment(ref _busy);
            Interlocked.Decrement(ref _parked);
            if (cancelled)
            {
                wake.TrySetCanceled(cancellationToken);
            }
            else
            {
                wake.TrySetResult();
            }
        }

        Interlocked.Increment(ref _parked);
        using var timer = Clock.Schedule(Clock.GetUtcNow() + delay, () => Wake(false));
        await using var registration = cancellationToken.Register(() => Wake(true));
        Exit();
        await wake.Task;
    }

    /// <summary>
    /// Runs child flows concurrently while the caller waits; the caller's token passes to the children and
    /// comes back with the last one. Results keep the order of <paramref name="bodies"/>.
    /// </summary>
    public async Task<T[]> RunChildrenAsync<T>(IReadOnlyList<Func<Task<T>>> bodies)
    {
        if (bodies.Count == 0)
        {
            return [];
        }

        var remaining = bodies.Count;
        Interlocked.Add(ref _busy, bodies.Count - 1);
        var tasks = new Task<T>[bodies.Count];
        for (var i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i];
            tasks[i] = Task.Run(async () =>
            {
                try
                {
                    MarkFlow();
                    return await body();
                }
                finally
                {
                    // The last child keeps its token: it becomes the waiting parent's again.
                    if (Interlocked.Decrement(ref remaining) != 0)
                    {
                        Exit();
                    }
                }
            });
        }

        return await Task.WhenAll(tasks);
    }

    private void Drive()
    {
        // The gate is a Monitor (re-entrant): clock callbacks fired while advancing may start flows on this thread.
        lock (_gate)
        {
            while (Volatile.Read(ref _busy) == 0 && Volatile.Read(ref _parked) > 0 && Clock.AdvanceToNextDue())
            {
            }
        }
    }
}
