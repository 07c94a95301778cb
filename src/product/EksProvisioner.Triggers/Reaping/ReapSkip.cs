namespace EksProvisioner.Triggers.Reaping;

/// <summary>Something a reaper pass did not act on.</summary>
/// <param name="Subject">A resource ARN (a tag problem) or an environment name.</param>
/// <param name="Reason">Why, in words for the log.</param>
public sealed record ReapSkip(string Subject, string Reason);
