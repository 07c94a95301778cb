using EksProvisioner.Core.Errors;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// How long a Check* stage tells the state machine to wait. Before the expected duration has passed:
/// the expected remaining time (so the next check lands about when the resource is ready and few
/// transitions are spent), clamped to [<see cref="MinSeconds"/>, <see cref="MaxSeconds"/>]. After it:
/// a steady <see cref="SteadySeconds"/>, like AWS's waiters. Past the budget
/// (3 x expected + 10 minutes) the wait ends in <see cref="WaitBudgetExhaustedException"/>.
/// </summary>
public static class WaitMath
{
    public const int MinSeconds = 5;
    public const int MaxSeconds = 300;
    public const int SteadySeconds = 30;

    /// <summary>The longest a resource expected to take <paramref name="expected"/> is waited for.</summary>
    public static TimeSpan Budget(TimeSpan expected) => (expected * 3) + TimeSpan.FromMinutes(10);

    /// <summary>Seconds to wait before checking again; never past <paramref name="deadline"/> (the provisioning's).</summary>
    /// <exception cref="WaitBudgetExhaustedException">
    /// The resource has been waited for longer than <see cref="Budget"/>, or the provisioning's deadline has passed.
    /// </exception>
    public static int NextWaitSeconds(TimeSpan expected, DateTimeOffset createdAt, DateTimeOffset now, string what, DateTimeOffset? deadline = null)
    {
        var elapsed = now - createdAt;
        if (elapsed > Budget(expected))
        {
            throw new WaitBudgetExhaustedException(
                $"{what} is still not ready after {elapsed.TotalSeconds:F0} s; expected about {expected.TotalSeconds:F0} s, budget {Budget(expected).TotalSeconds:F0} s");
        }

        var left = deadline is { } end ? end - now : TimeSpan.MaxValue;
        if (left <= TimeSpan.Zero)
        {
            throw new WaitBudgetExhaustedException(
                $"{what} is still not ready at the provisioning deadline {deadline:O}; the provisioning budget is spent, rolling back");
        }

        var remaining = expected - elapsed;
        var wait = remaining <= TimeSpan.Zero ? SteadySeconds : (int)Math.Clamp(Math.Ceiling(remaining.TotalSeconds), MinSeconds, MaxSeconds);

        // The last wait ends at the deadline, so the check after it fails on time rather than a wait later.
        return left.TotalSeconds < wait ? Math.Max(1, (int)Math.Ceiling(left.TotalSeconds)) : wait;
    }
}
