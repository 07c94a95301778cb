namespace EksProvisioner.Workflow.Documents;

/// <summary><c>$.resources.cluster</c>: the control plane, as CreateCluster and CheckCluster last saw it.</summary>
/// <param name="CreatedAt">EKS's createdAt (or when we asked), the start of the wait budget.</param>
public sealed record ClusterInfo(
    string Name,
    string Arn,
    string Status,
    string? Endpoint,
    string? CertificateAuthorityData,
    DateTimeOffset CreatedAt,
    bool Done,
    int WaitSeconds);
