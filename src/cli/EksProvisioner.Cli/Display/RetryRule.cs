using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Display;

/// <summary>One Retry entry, with the specification's defaults (1 s, 3 attempts, backoff 2.0).</summary>
/// <param name="Index">Its place in the state's Retry list: attempts are counted per retrier.</param>
/// <param name="IntervalSeconds">The first wait.</param>
/// <param name="MaxAttempts">Retries before the error goes on to Catch.</param>
/// <param name="BackoffRate">What each further wait is multiplied by.</param>
/// <param name="MaxDelaySeconds">The longest wait, if capped.</param>
/// <param name="Jitter">JitterStrategy FULL: the wait is drawn below the computed one.</param>
internal sealed record RetryRule(int Index, double IntervalSeconds, int MaxAttempts, double BackoffRate, double? MaxDelaySeconds, bool Jitter)
{
    public static RetryRule From(int index, JsonObject retrier) =>
        new(
            index,
            retrier["IntervalSeconds"]?.GetValue<double>() ?? 1,
            retrier["MaxAttempts"]?.GetValue<int>() ?? 3,
            retrier["BackoffRate"]?.GetValue<double>() ?? 2.0,
            retrier["MaxDelaySeconds"]?.GetValue<double>(),
            retrier["JitterStrategy"]?.GetValue<string>() == "FULL");

    /// <summary>The wait before retry <paramref name="retry"/> (1-based); with FULL jitter the most it can be.</summary>
    public double DelaySeconds(int retry)
    {
        var seconds = IntervalSeconds * Math.Pow(BackoffRate, retry - 1);
        return MaxDelaySeconds is { } max ? Math.Min(seconds, max) : seconds;
    }
}
