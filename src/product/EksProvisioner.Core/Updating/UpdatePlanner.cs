using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Core.Updating;

/// <summary>
/// Computes the <see cref="UpdatePlan"/> between the request an environment was provisioned with
/// (its provisioning execution's input) and a new, validated request for the same environment.
/// </summary>
public static class UpdatePlanner
{
    public static UpdatePlan Compare(EnvironmentRequest recorded, EnvironmentRequest wanted)
    {
        var changes = new List<PlannedChange>();
        var refusals = new List<string>();
        if (recorded.Name != wanted.Name)
        {
            refusals.Add($"name {recorded.Name} -> {wanted.Name}: an update keeps the environment's name (EKS cannot rename a cluster)");
        }

        ClusterChanges.Compare(recorded, wanted, changes, refusals);
        var steps = recorded.KubernetesVersion == wanted.KubernetesVersion ? [] : ClusterChanges.Steps(recorded.KubernetesVersion, wanted.KubernetesVersion, refusals);
        changes.AddRange(steps.Select(v => new PlannedChange(ChangeKind.InPlace, "cluster", $"control plane to Kubernetes {v}", UpdateDurations.ControlPlaneStep)));
        ChildChanges.NodeGroups(recorded, wanted, steps.Count > 0, changes);
        ChildChanges.Others(recorded, wanted, changes);
        TagChanges.Compare(recorded, wanted, changes);

        // Version steps run one after another (control plane, then add-ons, then nodes); everything
        // else runs beside them, so the longest of the rest adds only what exceeds them.
        var upgrade = steps.Count * (UpdateDurations.ControlPlaneStep + UpdateDurations.AddonUpdate + UpdateDurations.NodegroupRoll);
        var rest = changes.Where(c => !c.Description.Contains("Kubernetes", StringComparison.Ordinal)).Select(c => c.Duration).DefaultIfEmpty(TimeSpan.Zero).Max();
        var minutes = Math.Round((upgrade + rest).TotalMinutes, 1, MidpointRounding.AwayFromZero);
        var delta = Hourly(wanted) - Hourly(recorded);
        return new UpdatePlan(changes, steps, refusals, minutes, delta);
    }

    private static decimal Hourly(EnvironmentRequest request) => ResourcePlanner.Plan(request, DateTimeOffset.UnixEpoch).Estimate.HourlyCostUsd;
}
