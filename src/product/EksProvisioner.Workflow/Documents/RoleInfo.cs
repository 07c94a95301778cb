namespace EksProvisioner.Workflow.Documents;

/// <summary><c>$.resources.clusterRole</c>: the EKS cluster service role.</summary>
public sealed record RoleInfo(string RoleName, string RoleArn);
