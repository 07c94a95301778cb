namespace EksProvisioner.Workflow.Documents;

/// <summary>
/// A node group or Fargate profile being waited for (<c>$.created</c> in the Map items): enough to
/// describe it again, and the answer of the last check.
/// </summary>
public sealed record WaitedResource(
    string ClusterName,
    string Name,
    string Arn,
    string Status,
    DateTimeOffset CreatedAt,
    bool Done,
    int WaitSeconds);
