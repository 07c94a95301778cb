namespace EksProvisioner.Workflow.Documents;

/// <summary><c>$.resources.nodeRoles</c>: the node instance role, and the Fargate pod execution role when profiles are requested.</summary>
public sealed record NodeRolesInfo(RoleInfo NodeRole, RoleInfo? FargatePodExecutionRole);
