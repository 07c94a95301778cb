namespace EksProvisioner.Workflow.Documents;

/// <summary>
/// <c>$.environment</c>: who the environment is, written once by ValidateRequest so that every later
/// stage (and every retry of it) sees the same creation time, expiry and ownership tags.
/// </summary>
/// <param name="CreatedAt">The execution's start time; idempotency tokens and the TTL derive from it.</param>
/// <param name="ExpiresAt">Null without a TTL.</param>
/// <param name="Tags">Ownership tags then user tags, put on every resource in the call that creates it.</param>
/// <param name="ProvisioningDeadline">
/// When the provisioning part of the execution must give up waiting (WaitBudgetExhaustedException), so
/// that its rollback still has a whole budget of its own; null (tests, stages run by hand) sets none.
/// </param>
public sealed record EnvironmentInfo(
    string Name,
    string Region,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    IReadOnlyDictionary<string, string> Tags,
    DateTimeOffset? ProvisioningDeadline = null);
