namespace EksProvisioner.Triggers.Reaping;

/// <summary>An expired environment and the teardown execution that reaps it.</summary>
/// <param name="Environment">The environment name.</param>
/// <param name="ExpiresAt">Its earliest <c>eksprov:expires-at</c>.</param>
/// <param name="ExecutionName">The teardown execution's name (for one this pass started, the reap name of this expiry).</param>
/// <param name="ExecutionArn">The teardown execution.</param>
public sealed record ReapedEnvironment(string Environment, DateTimeOffset ExpiresAt, string ExecutionName, string ExecutionArn);
