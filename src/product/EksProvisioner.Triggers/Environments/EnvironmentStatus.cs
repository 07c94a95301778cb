namespace EksProvisioner.Triggers.Environments;

/// <summary>An environment as its executions describe it.</summary>
/// <param name="Name">The environment name.</param>
/// <param name="Phase">Derived from the newest of <paramref name="Provision"/> and <paramref name="Teardown"/>.</param>
/// <param name="Provision">The newest provisioning execution, if any.</param>
/// <param name="Teardown">The newest teardown execution, if any.</param>
/// <param name="Region">The region from the newest execution's input; null in lists (which do not describe each execution).</param>
/// <param name="Output">The newest execution's output (the provisioning output carries the kubeconfig); null in lists.</param>
/// <param name="Error">The newest execution's error name when it failed; null in lists.</param>
/// <param name="Cause">The newest execution's failure cause; null in lists.</param>
public sealed record EnvironmentStatus(
    string Name,
    EnvironmentPhase Phase,
    ExecutionSummary? Provision,
    ExecutionSummary? Teardown,
    string? Region = null,
    string? Output = null,
    string? Error = null,
    string? Cause = null)
{
    /// <summary>The execution <see cref="Phase"/> comes from.</summary>
    public ExecutionSummary Latest => Teardown is { } t && (Provision is null || t.StartDate >= Provision.StartDate) ? t : Provision!;
}
