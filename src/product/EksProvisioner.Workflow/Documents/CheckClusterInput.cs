using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Documents;

/// <summary>CheckCluster's input.</summary>
public sealed record CheckClusterInput(EnvironmentInfo Environment, EnvironmentRequest Request, ClusterInfo Cluster);
