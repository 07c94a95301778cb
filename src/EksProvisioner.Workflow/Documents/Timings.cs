namespace EksProvisioner.Workflow.Documents;

/// <summary>How long provisioning took, from the execution's start to the output.</summary>
public sealed record Timings(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, double TotalSeconds, double ClusterCreateSeconds);
