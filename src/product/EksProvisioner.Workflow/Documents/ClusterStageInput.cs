using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Documents;

/// <summary>Input of CreateCluster, CreateAddons and CreateAccessEntries: everything made so far.</summary>
public sealed record ClusterStageInput(EnvironmentInfo Environment, EnvironmentRequest Request, ResourcesInfo Resources);
