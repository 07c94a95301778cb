namespace EksProvisioner.Cli.Local;

/// <summary>What the last <c>up</c> or <c>down</c> of one environment left behind, kept in the state directory.</summary>
public sealed record EnvironmentRecord(
    string Name,
    string Region,
    string Operation,
    string ExecutionArn,
    string Status,
    string? Error,
    string? Cause,
    double SimulatedSeconds,
    int StateTransitions,
    IReadOnlyList<string> Resources,
    string? KubeconfigPath,
    DateTimeOffset StartDate,
    DateTimeOffset? StopDate);
