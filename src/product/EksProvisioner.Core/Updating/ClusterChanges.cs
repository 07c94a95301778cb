using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Updating;

/// <summary>The control plane's part of an update: what EKS can change in place, and what it refuses.</summary>
internal static class ClusterChanges
{
    public static IReadOnlyList<string> Steps(string from, string to, List<string> refusals)
    {
        var versions = KubernetesVersions.Supported;
        var (a, b) = (IndexOf(versions, from), IndexOf(versions, to));
        if (b < 0)
        {
            refusals.Add($"kubernetesVersion {to} is not supported (supported: {string.Join(", ", versions)})");
            return [];
        }

        if (a >= 0 && b < a)
        {
            refusals.Add($"kubernetesVersion {to} is older than the running {from}: EKS cannot downgrade a cluster");
            return [];
        }

        // EKS upgrades one minor version per UpdateClusterVersion: 1.32 -> 1.34 is two checked steps.
        return a < 0 ? [to] : [.. versions.Skip(a + 1).Take(b - a)];
    }

    public static void Compare(EnvironmentRequest old, EnvironmentRequest wanted, List<PlannedChange> changes, List<string> refusals)
    {
        if (old.Region != wanted.Region)
        {
            refusals.Add($"region {old.Region} -> {wanted.Region}: EKS cannot move a cluster to another region; tear it down and create it there");
        }

        if (!Same(old.Network, wanted.Network))
        {
            refusals.Add("network: EKS cannot move a cluster to another VPC or subnets; tear the environment down and create it again");
        }

        var (c, w) = (old.Cluster, wanted.Cluster);
        if (c.EndpointPublicAccess != w.EndpointPublicAccess || c.EndpointPrivateAccess != w.EndpointPrivateAccess || !c.PublicAccessCidrs.SequenceEqual(w.PublicAccessCidrs))
        {
            changes.Add(new(ChangeKind.InPlace, "cluster", $"endpoint access public {w.EndpointPublicAccess}, private {w.EndpointPrivateAccess}, CIDRs {string.Join(",", w.PublicAccessCidrs)}", UpdateDurations.ClusterConfig));
        }

        if (!c.LogTypes.Order(StringComparer.Ordinal).SequenceEqual(w.LogTypes.Order(StringComparer.Ordinal)))
        {
            changes.Add(new(ChangeKind.InPlace, "cluster", $"control plane logs [{string.Join(", ", w.LogTypes)}]", UpdateDurations.ClusterConfig));
        }

        // EKS moves authentication only towards access entries: API_AND_CONFIG_MAP -> API, never back.
        if (c.AuthenticationMode != w.AuthenticationMode)
        {
            if (w.AuthenticationMode == AuthenticationMode.ApiAndConfigMap)
            {
                refusals.Add($"authenticationMode {c.AuthenticationMode} -> {w.AuthenticationMode}: EKS cannot go back to the aws-auth ConfigMap");
            }
            else
            {
                changes.Add(new(ChangeKind.InPlace, "cluster", $"authentication mode {w.AuthenticationMode}", UpdateDurations.ClusterConfig));
            }
        }
    }

    private static bool Same(NetworkSpec a, NetworkSpec b) =>
        a.VpcCidr == b.VpcCidr && a.AvailabilityZoneCount == b.AvailabilityZoneCount && a.NatGateways == b.NatGateways
        && (a.AvailabilityZones ?? []).SequenceEqual(b.AvailabilityZones ?? [])
        && a.PublicSubnetCidrs.SequenceEqual(b.PublicSubnetCidrs) && a.PrivateSubnetCidrs.SequenceEqual(b.PrivateSubnetCidrs);

    private static int IndexOf(IReadOnlyList<string> versions, string version)
    {
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i] == version)
            {
                return i;
            }
        }

        return -1;
    }
}
