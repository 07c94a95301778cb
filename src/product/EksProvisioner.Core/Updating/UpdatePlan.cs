namespace EksProvisioner.Core.Updating;

/// <summary>
/// The difference between an environment's recorded request and a new one: the changes, the
/// Kubernetes versions the control plane steps through (one minor each), and what is refused (any
/// refusal: nothing starts). Minutes estimate the update's critical path; the cost delta compares
/// both requests' hourly estimates.
/// </summary>
public sealed record UpdatePlan(
    IReadOnlyList<PlannedChange> Changes,
    IReadOnlyList<string> KubernetesSteps,
    IReadOnlyList<string> Refusals,
    double Minutes,
    decimal HourlyCostDeltaUsd)
{
    /// <summary>True when something is refused: the update must not start.</summary>
    public bool Refused => Refusals.Count > 0;

    /// <summary>True when the new request changes nothing.</summary>
    public bool Empty => Changes.Count == 0 && Refusals.Count == 0;
}
