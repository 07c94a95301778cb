namespace EksProvisioner.Workflow.Documents;

/// <summary>CheckNodegroup's and CheckFargateProfile's input.</summary>
public sealed record CheckWaitedInput(EnvironmentInfo Environment, WaitedResource Created);
