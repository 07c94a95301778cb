namespace EksProvisioner.Triggers.Reaping;

/// <summary>What one reaper pass saw and did; the reaper function returns it and logs it.</summary>
/// <param name="Now">The time the pass compared expiries with.</param>
/// <param name="Region">The region searched and torn down in.</param>
/// <param name="Resources">Resources with an <c>eksprov:expires-at</c> tag seen.</param>
/// <param name="Checked">Environments those resources belong to, by name.</param>
/// <param name="Expired">Environments whose earliest expiry is at or before <paramref name="Now"/>.</param>
/// <param name="Started">Teardowns this pass started.</param>
/// <param name="AlreadyStarted">Expired environments whose teardown was running or already started for this expiry.</param>
/// <param name="Skipped">Resources or environments left alone, with the reason.</param>
/// <param name="Failed">Expired environments whose teardown could not be started (the next pass tries again).</param>
public sealed record ReapReport(
    DateTimeOffset Now,
    string Region,
    int Resources,
    IReadOnlyList<string> Checked,
    IReadOnlyList<string> Expired,
    IReadOnlyList<ReapedEnvironment> Started,
    IReadOnlyList<ReapedEnvironment> AlreadyStarted,
    IReadOnlyList<ReapSkip> Skipped,
    IReadOnlyList<ReapSkip> Failed);
