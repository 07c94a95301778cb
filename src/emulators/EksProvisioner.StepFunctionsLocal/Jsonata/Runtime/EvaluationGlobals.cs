namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>
/// What one evaluation shares: the clock, read once so that every <c>$now()</c> and <c>$millis()</c> in an
/// expression answers the same instant (as the reference implementation does).
/// </summary>
internal sealed class EvaluationGlobals(TimeProvider time)
{
    public DateTimeOffset Timestamp { get; } = time.GetUtcNow();
}
