namespace EksProvisioner.StepFunctionsLocal;

/// <summary>A finished (or still running) execution as in-process callers see it; Output is JSON text.</summary>
public sealed record ExecutionResult(
    string ExecutionArn,
    string Name,
    ExecutionStatus Status,
    string Input,
    string? Output,
    string? Error,
    string? Cause,
    DateTimeOffset StartDate,
    DateTimeOffset? StopDate);
