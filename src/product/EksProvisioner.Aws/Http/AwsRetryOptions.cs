namespace EksProvisioner.Aws.Http;

/// <summary>
/// The short, in-client retry for throttling and 5xx answers: a few attempts with full jitter, bounded
/// in count and in total time. It only smooths over blips. Long waits (IAM propagation, dependencies
/// still draining, resources not ready) belong to the state machine's Retry blocks, where they cost
/// no Lambda time and show up in the execution history.
/// </summary>
public sealed record AwsRetryOptions
{
    /// <summary>Attempts in total, the first included. 1 disables retries.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The backoff base: attempt n waits a random time in [0, BaseDelay * 2^(n-1)).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The cap on a single backoff before jitter.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No retry starts once this much time has passed since the first attempt.</summary>
    public TimeSpan MaxTotalTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The defaults above.</summary>
    public static AwsRetryOptions Default { get; } = new();

    /// <summary>No retries at all (one attempt).</summary>
    public static AwsRetryOptions None { get; } = new() { MaxAttempts = 1 };
}
