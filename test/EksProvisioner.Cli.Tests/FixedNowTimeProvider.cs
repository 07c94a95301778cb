namespace EksProvisioner.Cli.Tests;

/// <summary>
/// Stands for the wall clock of a CLI run whose "now" must be predictable (plan times, execution names):
/// now is fixed, while timers are real, so the local backend's short look interval and its clients' retry
/// backoff still pass (a <c>FakeTimeProvider</c> would never fire them).
/// </summary>
internal sealed class FixedNowTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
