using System.Text.Json.Nodes;
using EksProvisioner.Core.Network;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>Reads <c>network</c>: VPC block, zones, NAT mode and subnets (explicit or carved).</summary>
internal static class NetworkReader
{
    private static readonly string[] Fields =
    [
        "vpcCidr", "availabilityZoneCount", "availabilityZones", "natGateways", "publicSubnetPrefixLength",
        "privateSubnetPrefixLength", "publicSubnetCidrs", "privateSubnetCidrs",
    ];

    public static NetworkSpec Read(JsonNode? node, string path, string region, ProblemList problems)
    {
        var f = JsonFields.OpenOptional(node, path, problems, Fields);
        var vpc = ReadCidr(f.String("vpcCidr") ?? RequestDefaults.VpcCidr, f.At("vpcCidr"), problems);

        var zones = ReadZones(f, region, problems);
        var count = f.Integer("availabilityZoneCount", "2 or 3");
        if (count is not null and not (2 or 3))
        {
            problems.Add(f.At("availabilityZoneCount"), $"{count} is not allowed; use 2 or 3");
        }
        else if (count is not null && zones is not null && zones.Count != count)
        {
            problems.Add(f.At("availabilityZoneCount"), $"{count} does not match the {zones.Count} zones in availabilityZones; leave it out or make them agree");
        }

        var zoneCount = count is 2 or 3 ? count.Value : zones?.Count is 2 or 3 ? zones.Count : RequestDefaults.AvailabilityZoneCount;
        var nat = f.Enum("natGateways", WireNames.NatGateways) ?? RequestDefaults.NatGateways;
        var subnets = SubnetReader.Read(f, vpc, zoneCount, problems);
        return new NetworkSpec(
            vpc?.ToString() ?? f.String("vpcCidr") ?? RequestDefaults.VpcCidr,
            zoneCount,
            zones,
            nat,
            subnets.PublicPrefixLength,
            subnets.PrivatePrefixLength,
            subnets.Public,
            subnets.Private);
    }

    private static Ipv4Cidr? ReadCidr(string text, string path, ProblemList problems)
    {
        var cidr = Ipv4Cidr.TryParse(text, out var reason);
        if (cidr is null)
        {
            problems.Add(path, $"'{text}' {reason}");
            return null;
        }

        if (cidr.Value.PrefixLength is < 16 or > 28)
        {
            problems.Add(path, $"{text} is a /{cidr.Value.PrefixLength}; a VPC block must be /16 to /28");
            return null;
        }

        return cidr;
    }

    private static IReadOnlyList<string>? ReadZones(JsonFields f, string region, ProblemList problems)
    {
        var zones = f.Strings("availabilityZones", "zone names such as " + region + "a");
        if (zones is null)
        {
            return null;
        }

        if (zones.Count is not (2 or 3))
        {
            problems.Add(f.At("availabilityZones"), $"lists {zones.Count} zone(s); give 2 or 3 zone names, or leave it out to use availabilityZoneCount");
        }

        for (var i = 0; i < zones.Count; i++)
        {
            var at = JsonPath.Index(f.At("availabilityZones"), i);
            var zone = zones[i];
            if (zone.Length != region.Length + 1 || !zone.StartsWith(region, StringComparison.Ordinal) || !char.IsAsciiLetterLower(zone[^1]))
            {
                problems.Add(at, $"'{zone}' is not a zone of region {region}; use names such as {region}a");
            }
            else if (zones.Take(i).Contains(zone, StringComparer.Ordinal))
            {
                problems.Add(at, $"'{zone}' is listed twice; each zone may appear once");
            }
        }

        return zones;
    }
}
