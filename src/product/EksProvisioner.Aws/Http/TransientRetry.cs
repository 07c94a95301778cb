using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Time;

namespace EksProvisioner.Aws.Http;

/// <summary>
/// Runs an AWS call, retrying <see cref="AwsThrottledException"/> and
/// <see cref="AwsServiceUnavailableException"/> per <see cref="AwsRetryOptions"/> with full jitter
/// (delay = random * min(MaxDelay, BaseDelay * 2^(attempt-1))). Every other error surfaces at once.
/// </summary>
internal sealed class TransientRetry(AwsRetryOptions options, TimeProvider time, Randomizer randomizer)
{
    /// <summary>Waits for a delay; defaults to a TimeProvider-driven delay. Replaceable in tests.</summary>
    internal Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = (delay, token) => Task.Delay(delay, time, token);

    public async Task<T> ExecuteAsync<T>(Func<int, CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(number, cancellationToken);
            }
            catch (EksProvisionerException error) when (IsRetryable(error) && number < options.MaxAttempts)
            {
                var delay = DelayFor(number);
                if (time.GetElapsedTime(started) + delay > options.MaxTotalTime)
                {
                    throw;
                }

                await Delay(delay, cancellationToken);
            }
        }
    }

    /// <summary>The full-jitter delay after failed attempt <paramref name="number"/> (1-based).</summary>
    internal TimeSpan DelayFor(int number)
    {
        var exponential = options.BaseDelay.Ticks * Math.Pow(2, number - 1);
        var capped = Math.Min(options.MaxDelay.Ticks, exponential);
        return TimeSpan.FromTicks((long)(randomizer() * capped));
    }

    private static bool IsRetryable(EksProvisionerException error) =>
        error is AwsThrottledException or AwsServiceUnavailableException;
}
