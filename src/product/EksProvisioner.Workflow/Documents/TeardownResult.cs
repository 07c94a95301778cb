namespace EksProvisioner.Workflow.Documents;

/// <summary>The teardown execution's output (the provisioning rollback reads <c>deleted</c>).</summary>
public sealed record TeardownResult(string EnvironmentName, string Region, IReadOnlyList<string> Deleted);
