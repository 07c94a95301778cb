namespace EksProvisioner.Workflow.Documents;

/// <summary><c>$.resources</c>: what the foundation and the cluster stages made.</summary>
public sealed record ResourcesInfo(RoleInfo ClusterRole, NodeRolesInfo NodeRoles, NetworkState Network, ClusterInfo? Cluster);
