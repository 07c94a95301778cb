using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Documents;

/// <summary>Input of the stages that need only the environment and the request (roles, network).</summary>
public sealed record StageInput(EnvironmentInfo Environment, EnvironmentRequest Request);
