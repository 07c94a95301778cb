using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Documents;

/// <summary>BuildOutput's input: the whole provisioning document.</summary>
/// <param name="StartTime">$$.Execution.StartTime.</param>
public sealed record BuildOutputInput(
    EnvironmentInfo Environment,
    EnvironmentRequest Request,
    ResourcesInfo Resources,
    CapacityInfo Capacity,
    DateTimeOffset? StartTime);
