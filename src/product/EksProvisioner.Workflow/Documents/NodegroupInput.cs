using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Documents;

/// <summary>CreateNodegroup's input: one item of the node group Map.</summary>
public sealed record NodegroupInput(EnvironmentInfo Environment, EnvironmentRequest Request, ResourcesInfo Resources, NodeGroupSpec NodeGroup);
