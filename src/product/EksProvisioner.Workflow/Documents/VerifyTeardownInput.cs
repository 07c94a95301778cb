namespace EksProvisioner.Workflow.Documents;

/// <summary>VerifyTeardown's input: the environment, every phase's answer by phase name, and the rollback's provisioning (see <see cref="TeardownInput"/>).</summary>
public sealed record VerifyTeardownInput(string EnvironmentName, string Region, IReadOnlyDictionary<string, PhaseResult>? Phases, string? Provisioning = null);
