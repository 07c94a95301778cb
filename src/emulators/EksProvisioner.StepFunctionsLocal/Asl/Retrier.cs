namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Retry entry. Defaults per the specification: 1 s interval, 3 attempts, backoff 2.0, no jitter.</summary>
public sealed record Retrier(
    IReadOnlyList<string> ErrorEquals,
    int IntervalSeconds = 1,
    int MaxAttempts = 3,
    double BackoffRate = 2.0,
    int? MaxDelaySeconds = null,
    JitterStrategy Jitter = JitterStrategy.None);

/// <summary>The JitterStrategy of a retrier.</summary>
public enum JitterStrategy
{
    None,
    Full,
}
