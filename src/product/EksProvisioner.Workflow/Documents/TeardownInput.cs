namespace EksProvisioner.Workflow.Documents;

/// <summary>
/// Input of every teardown phase. <see cref="Deleted"/> is what this phase reported on its previous
/// pass (the state machine feeds it back), so a waiting phase's final answer lists everything it removed.
/// </summary>
public sealed record TeardownInput(string EnvironmentName, string Region, IReadOnlyList<string>? Deleted);
