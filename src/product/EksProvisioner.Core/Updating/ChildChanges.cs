using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Core.Updating;

/// <summary>Node groups, Fargate profiles, add-ons and admins: matched by name, added, removed, changed or replaced.</summary>
internal static class ChildChanges
{
    public static void NodeGroups(EnvironmentRequest old, EnvironmentRequest wanted, bool upgrade, List<PlannedChange> changes)
    {
        var before = old.NodeGroups.ToDictionary(g => g.Name, StringComparer.Ordinal);
        foreach (var group in wanted.NodeGroups)
        {
            var target = "nodegroup/" + group.Name;
            if (!before.Remove(group.Name, out var was))
            {
                changes.Add(new(ChangeKind.Add, target, $"{string.Join(",", group.InstanceTypes)} min {group.MinSize} / desired {group.DesiredSize} / max {group.MaxSize}", UpdateDurations.Create(ResourceTypes.Nodegroup)));
            }
            else if (!was.InstanceTypes.SequenceEqual(group.InstanceTypes) || was.CapacityType != group.CapacityType || was.DiskSizeGiB != group.DiskSizeGiB || was.AmiType != group.AmiType)
            {
                // Without a launch template EKS cannot change these on an existing node group.
                changes.Add(new(ChangeKind.Replace, target, "instance types, capacity type, disk size or AMI type change", UpdateDurations.Create(ResourceTypes.Nodegroup) + UpdateDurations.NodegroupDelete));
            }
            else
            {
                if (was.MinSize != group.MinSize || was.DesiredSize != group.DesiredSize || was.MaxSize != group.MaxSize)
                {
                    changes.Add(new(ChangeKind.InPlace, target, $"scaling min {was.MinSize}->{group.MinSize} / desired {was.DesiredSize}->{group.DesiredSize} / max {was.MaxSize}->{group.MaxSize}", UpdateDurations.NodegroupConfig));
                }

                if (!SameLabels.Of(was.Labels, group.Labels) || !was.Taints.SequenceEqual(group.Taints))
                {
                    changes.Add(new(ChangeKind.InPlace, target, "labels or taints", UpdateDurations.NodegroupConfig));
                }

                if (upgrade)
                {
                    changes.Add(new(ChangeKind.InPlace, target, $"rolling upgrade to Kubernetes {wanted.KubernetesVersion}", UpdateDurations.NodegroupRoll));
                }
            }
        }

        changes.AddRange(before.Keys.Select(name => new PlannedChange(ChangeKind.Remove, "nodegroup/" + name, "deleted", UpdateDurations.NodegroupDelete)));
    }

    public static void Others(EnvironmentRequest old, EnvironmentRequest wanted, List<PlannedChange> changes)
    {
        var profiles = old.FargateProfiles.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var profile in wanted.FargateProfiles)
        {
            if (!profiles.Remove(profile.Name, out var was))
            {
                changes.Add(new(ChangeKind.Add, "fargateprofile/" + profile.Name, "created", UpdateDurations.Create(ResourceTypes.FargateProfile)));
            }
            else if (!was.Selectors.SequenceEqual(profile.Selectors, SelectorComparer.Instance))
            {
                changes.Add(new(ChangeKind.Replace, "fargateprofile/" + profile.Name, "selectors change (EKS cannot update a Fargate profile)", 2 * UpdateDurations.Create(ResourceTypes.FargateProfile)));
            }
        }

        changes.AddRange(profiles.Keys.Select(name => new PlannedChange(ChangeKind.Remove, "fargateprofile/" + name, "deleted", UpdateDurations.Create(ResourceTypes.FargateProfile))));

        var addons = old.Addons.ToDictionary(a => a.Name, StringComparer.Ordinal);
        foreach (var addon in wanted.Addons)
        {
            if (!addons.Remove(addon.Name, out var was))
            {
                changes.Add(new(ChangeKind.Add, "addon/" + addon.Name, addon.Version ?? "default version", UpdateDurations.Create(ResourceTypes.Addon)));
            }
            else if (was.Version != addon.Version)
            {
                changes.Add(new(ChangeKind.InPlace, "addon/" + addon.Name, $"version {was.Version ?? "default"} -> {addon.Version ?? "default"}", UpdateDurations.AddonUpdate));
            }
        }

        changes.AddRange(addons.Keys.Select(name => new PlannedChange(ChangeKind.Remove, "addon/" + name, "deleted", UpdateDurations.AddonUpdate)));

        var admins = old.Access.AdminPrincipalArns.ToHashSet(StringComparer.Ordinal);
        var wantedAdmins = wanted.Access.AdminPrincipalArns.ToHashSet(StringComparer.Ordinal);
        changes.AddRange(wantedAdmins.Except(admins).Select(a => new PlannedChange(ChangeKind.Add, "access-entry/" + a, "cluster admin", UpdateDurations.Create(ResourceTypes.AccessEntry))));
        changes.AddRange(admins.Except(wantedAdmins).Select(a => new PlannedChange(ChangeKind.Remove, "access-entry/" + a, "cluster admin", UpdateDurations.Create(ResourceTypes.AccessEntry))));
    }
}
