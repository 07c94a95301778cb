using EksProvisioner.Core.Network;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>
/// Reads the subnet layout of <c>network</c>: explicit CIDR lists (both tiers, one per zone) or
/// prefix lengths to carve with <see cref="SubnetCarver"/>. Every subnet must fit the VPC, none may
/// overlap, and the subnets of one tier share one size.
/// </summary>
internal static class SubnetReader
{
    public sealed record Layout(int PublicPrefixLength, int PrivatePrefixLength, IReadOnlyList<string> Public, IReadOnlyList<string> Private);

    public static Layout Read(JsonFields f, Ipv4Cidr? vpc, int zoneCount, ProblemList problems)
    {
        var publicLength = ReadPrefixLength(f, "publicSubnetPrefixLength", problems);
        var privateLength = ReadPrefixLength(f, "privateSubnetPrefixLength", problems);
        var publicCidrs = f.Strings("publicSubnetCidrs", "IPv4 CIDRs");
        var privateCidrs = f.Strings("privateSubnetCidrs", "IPv4 CIDRs");

        if (publicCidrs is null && privateCidrs is null)
        {
            return Carve(f, vpc, zoneCount, publicLength ?? RequestDefaults.SubnetPrefixLength, privateLength ?? RequestDefaults.SubnetPrefixLength, problems);
        }

        if (publicCidrs is null || privateCidrs is null)
        {
            var missing = publicCidrs is null ? "publicSubnetCidrs" : "privateSubnetCidrs";
            problems.Add(f.At(missing), "required when the other subnet list is given; give both publicSubnetCidrs and privateSubnetCidrs, or neither to carve them from vpcCidr");
            return new Layout(publicLength ?? RequestDefaults.SubnetPrefixLength, privateLength ?? RequestDefaults.SubnetPrefixLength, [], []);
        }

        var seen = new List<(Ipv4Cidr Cidr, string Where)>();
        var pub = Explicit(f, "publicSubnetCidrs", "publicSubnetPrefixLength", publicCidrs, publicLength, vpc, zoneCount, seen, problems);
        var priv = Explicit(f, "privateSubnetCidrs", "privateSubnetPrefixLength", privateCidrs, privateLength, vpc, zoneCount, seen, problems);
        return new Layout(pub, priv, publicCidrs, privateCidrs);
    }

    private static int? ReadPrefixLength(JsonFields f, string name, ProblemList problems)
    {
        var length = f.Integer(name, "a prefix length from 16 to 28");
        if (length is < 16 or > 28)
        {
            problems.Add(f.At(name), $"{length} is out of range; a subnet prefix length must be from 16 to 28");
            return null;
        }

        return length;
    }

    private static Layout Carve(JsonFields f, Ipv4Cidr? vpc, int zoneCount, int publicLength, int privateLength, ProblemList problems)
    {
        if (vpc is null)
        {
            return new Layout(publicLength, privateLength, [], []);
        }

        var carved = SubnetCarver.Carve(vpc.Value, zoneCount, publicLength, privateLength);
        if (carved is null)
        {
            problems.Add(f.Path, $"{zoneCount} public /{publicLength} and {zoneCount} private /{privateLength} subnets do not fit in vpcCidr {vpc}; use a larger vpcCidr or longer subnet prefix lengths");
            return new Layout(publicLength, privateLength, [], []);
        }

        return new Layout(publicLength, privateLength,
            carved.Value.Public.Select(c => c.ToString()).ToList(),
            carved.Value.Private.Select(c => c.ToString()).ToList());
    }

    /// <summary>Checks one explicit list; returns the prefix length its subnets share.</summary>
    private static int Explicit(
        JsonFields f, string listName, string lengthName, IReadOnlyList<string> cidrs, int? length, Ipv4Cidr? vpc, int zoneCount,
        List<(Ipv4Cidr Cidr, string Where)> seen, ProblemList problems)
    {
        if (cidrs.Count != zoneCount)
        {
            problems.Add(f.At(listName), $"lists {cidrs.Count} subnet(s); give one per availability zone ({zoneCount})");
        }

        int? tierLength = length;
        for (var i = 0; i < cidrs.Count; i++)
        {
            var at = JsonPath.Index(f.At(listName), i);
            var cidr = Ipv4Cidr.TryParse(cidrs[i], out var reason);
            if (cidr is null)
            {
                problems.Add(at, $"'{cidrs[i]}' {reason}");
                continue;
            }

            var c = cidr.Value;
            tierLength ??= c.PrefixLength;
            if (c.PrefixLength is < 16 or > 28)
            {
                problems.Add(at, $"{c} is a /{c.PrefixLength}; a subnet must be /16 to /28");
            }
            else if (c.PrefixLength != tierLength)
            {
                problems.Add(at, $"{c} is a /{c.PrefixLength} but the other subnets of this list are /{tierLength} ({lengthName}); give every subnet of a list the same size");
            }
            else if (vpc is { } v && !v.Contains(c))
            {
                problems.Add(at, $"{c} is outside vpcCidr {v}; every subnet must fit in the VPC");
            }
            else if (seen.FirstOrDefault(s => s.Cidr.Overlaps(c)) is { Where: not null } clash)
            {
                problems.Add(at, $"{c} overlaps {clash.Where} {clash.Cidr}; subnets must not overlap");
            }

            seen.Add((c, JsonPath.Index(listName, i)));
        }

        return tierLength ?? RequestDefaults.SubnetPrefixLength;
    }
}
