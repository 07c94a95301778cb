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

    /// <summary>Seconds to wait before checking again.</summary>
    /// <exception cref="WaitBudgetExhaustedException">The resource has been waited for longer than <see cref="Budget"/>.</exception>
    public static int NextWaitSeconds(TimeSpan expected, DateTimeOffset createdAt, DateTimeOffset now, string what)
    {
        var elapsed = now - createdAt;
        if (elapsed > Budget(expected))
        {
            throw new WaitBudgetExhaustedException(
                $"{what} is still not ready after {elapsed.TotalSeconds:F0} s; expected about {expected.TotalSeconds:F0} s, budget {Budget(expected).TotalSeconds:F0} s");
        }

        var remaining = expected - elapsed;
        if (remaining <= TimeSpan.Zero)
        {
            return SteadySeconds;
        }

        return (int)Math.Clamp(Math.Ceiling(remaining.TotalSeconds), MinSeconds, MaxSeconds);
    }
}
