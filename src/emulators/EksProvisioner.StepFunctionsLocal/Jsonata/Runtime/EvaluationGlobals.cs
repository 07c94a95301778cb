using EksProvisioner.Core.Time;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>
/// What one evaluation shares: the clock, read once so that every <c>$now()</c> and <c>$millis()</c> in an
/// expression answers the same instant (as the reference implementation does), and the randomness that
/// Step Functions' <c>$random()</c> and <c>$uuid()</c> draw from (injected, so that runs are reproducible).
/// </summary>
internal sealed class EvaluationGlobals(TimeProvider time, Randomizer? random = null)
{
    public DateTimeOffset Timestamp { get; } = time.GetUtcNow();

    public Randomizer? Random { get; } = random;
}
