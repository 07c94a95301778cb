namespace EksProvisioner.Workflow.Documents;

/// <summary>The provisioning execution's output: how to reach the cluster, what exists, and until when.</summary>
public sealed record EnvironmentOutput(
    string EnvironmentName,
    string Region,
    string ClusterName,
    string ClusterArn,
    string Endpoint,
    string CertificateAuthorityData,
    string Kubeconfig,
    IReadOnlyList<CreatedResource> Resources,
    DateTimeOffset? ExpiresAt,
    Timings Timings);
