namespace EksProvisioner.Workflow.Documents;

/// <summary>CheckAddons' input.</summary>
public sealed record CheckAddonsInput(EnvironmentInfo Environment, AddonsInfo Addons);
