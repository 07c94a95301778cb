using EksProvisioner.Core.Errors;

namespace EksProvisioner.Core.Network;

/// <summary>
/// Picks the zones for the subnets. EKS refuses control-plane subnets in a few capacity-constrained
/// zones; eksctl avoids them by zone id (names differ per account), and so do we.
/// </summary>
public static class ZoneChooser
{
    /// <summary>Zone ids EKS rejects with UnsupportedAvailabilityZoneException.</summary>
    public static IReadOnlyList<string> ConstrainedZoneIds { get; } = ["use1-az3", "usw1-az2", "cac1-az3"];

    /// <summary>
    /// With <paramref name="explicitNames"/>: those zones, in that order, as given (the request is
    /// validated already). Otherwise the first <paramref name="count"/> usable zones ordered by name.
    /// </summary>
    /// <exception cref="EnvironmentRequestInvalidException">The region has too few usable zones.</exception>
    public static IReadOnlyList<string> Choose(
        IReadOnlyList<AvailabilityZone> zones, int count, IReadOnlyList<string>? explicitNames = null)
    {
        ArgumentNullException.ThrowIfNull(zones);
        if (explicitNames is { Count: > 0 })
        {
            return explicitNames;
        }

        var usable = zones
            .Where(z => !ConstrainedZoneIds.Contains(z.ZoneId, StringComparer.Ordinal))
            .Select(z => z.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (usable.Count < count)
        {
            throw new EnvironmentRequestInvalidException(
            [
                $"$.network.availabilityZoneCount: the region has {usable.Count} zone(s) EKS supports " +
                $"({string.Join(", ", usable)}) but {count} were asked for; use {Math.Min(usable.Count, 2)} or name the zones",
            ]);
        }

        return usable.Take(count).ToList();
    }
}
