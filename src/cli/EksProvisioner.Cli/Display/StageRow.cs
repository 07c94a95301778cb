namespace EksProvisioner.Cli.Display;

/// <summary>One line of the progress display: a stage in words, and how it is going.</summary>
internal sealed class StageRow(string state, string words, bool rollback, DateTimeOffset started)
{
    public string State { get; } = state;

    public string Words { get; } = words;

    /// <summary>Part of the rollback section rather than the run itself.</summary>
    public bool Rollback { get; } = rollback;

    public DateTimeOffset Started { get; } = started;

    public DateTimeOffset? Ended { get; set; }

    public StageStatus Status { get; set; } = StageStatus.Running;

    /// <summary>The last retry or failure in words, or null.</summary>
    public string? Note { get; set; }
}
