namespace EksProvisioner.Workflow.Documents;

/// <summary>How long provisioning took: from the execution's start, via the cluster's creation, to the output.</summary>
public sealed record Timings(DateTimeOffset StartedAt, DateTimeOffset ClusterCreatedAt, DateTimeOffset FinishedAt, double TotalSeconds);
