namespace EksProvisioner.Workflow.Documents;

/// <summary>
/// Input of every teardown phase. <see cref="Deleted"/> is what this phase reported on its previous
/// pass (the state machine feeds it back), so a waiting phase's final answer lists everything it removed.
/// </summary>
/// <param name="Provisioning">
/// Set when the teardown is a rollback: the provisioning execution's name. Only resources carrying its
/// <c>eksprov:provisioning</c> tag are deleted; null or empty deletes everything of the environment.
/// </param>
/// <param name="Pass">How many passes of this phase came before (phases that retry what AWS refused).</param>
public sealed record TeardownInput(string EnvironmentName, string Region, IReadOnlyList<string>? Deleted, string? Provisioning = null, int Pass = 0);
