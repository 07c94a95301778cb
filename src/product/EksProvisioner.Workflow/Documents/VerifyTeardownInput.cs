namespace EksProvisioner.Workflow.Documents;

/// <summary>VerifyTeardown's input: the environment and every phase's answer, by phase name.</summary>
public sealed record VerifyTeardownInput(string EnvironmentName, string Region, IReadOnlyDictionary<string, PhaseResult>? Phases);
