namespace EksProvisioner.Core.Network;

/// <summary>
/// Deterministic subnet carving, like eksctl: from the start of the VPC block, first the public
/// subnets, then the private ones, each aligned to its own size. 192.168.0.0/16 with /19 subnets over
/// three zones gives public .0/19, .32/19, .64/19 and private .96/19, .128/19, .160/19.
/// </summary>
public static class SubnetCarver
{
    /// <summary>
    /// The public and private subnet CIDRs, or null when they do not fit in <paramref name="vpc"/>.
    /// </summary>
    public static (IReadOnlyList<Ipv4Cidr> Public, IReadOnlyList<Ipv4Cidr> Private)? Carve(
        Ipv4Cidr vpc, int zoneCount, int publicPrefixLength, int privatePrefixLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(zoneCount);
        if (publicPrefixLength < vpc.PrefixLength || privatePrefixLength < vpc.PrefixLength
            || publicPrefixLength > 32 || privatePrefixLength > 32)
        {
            return null;
        }

        ulong next = vpc.Address;
        var publicSubnets = new List<Ipv4Cidr>();
        var privateSubnets = new List<Ipv4Cidr>();
        foreach (var (prefix, into) in new[] { (publicPrefixLength, publicSubnets), (privatePrefixLength, privateSubnets) })
        {
            var size = 1UL << (32 - prefix);
            for (var i = 0; i < zoneCount; i++)
            {
                next = (next + size - 1) / size * size;
                if (next + size > vpc.End)
                {
                    return null;
                }

                into.Add(new Ipv4Cidr((uint)next, prefix));
                next += size;
            }
        }

        return (publicSubnets, privateSubnets);
    }
}
