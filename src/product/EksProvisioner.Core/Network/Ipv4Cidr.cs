using System.Globalization;

namespace EksProvisioner.Core.Network;

/// <summary>An IPv4 CIDR block in canonical form (no host bits set), such as 192.168.0.0/16.</summary>
public readonly record struct Ipv4Cidr(uint Address, int PrefixLength)
{
    /// <summary>Number of addresses in the block.</summary>
    public ulong Size => 1UL << (32 - PrefixLength);

    /// <summary>First address after the block, as a 64-bit number so /0 does not overflow.</summary>
    public ulong End => Address + Size;

    public bool Contains(Ipv4Cidr other) => other.Address >= Address && other.End <= End;

    public bool Overlaps(Ipv4Cidr other) => Address < other.End && other.Address < End;

    /// <summary>The dotted address <paramref name="offset"/> addresses into the block (0 is the network address).</summary>
    public string Host(uint offset)
    {
        var value = Address + offset;
        return string.Create(CultureInfo.InvariantCulture, $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host(0)}/{PrefixLength}");

    /// <summary>
    /// Parses <c>a.b.c.d/n</c>. Returns null with a reason when the text is not an IPv4 CIDR, or when
    /// host bits are set (AWS would silently use a different block than the one written).
    /// </summary>
    public static Ipv4Cidr? TryParse(string text, out string? reason)
    {
        reason = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix > 32 || text.Length - slash - 1 > 2)
        {
            reason = "is not an IPv4 CIDR; write a.b.c.d/n with n from 0 to 32";
            return null;
        }

        var parts = text[..slash].Split('.');
        uint address = 0;
        if (parts.Length != 4)
        {
            reason = "is not an IPv4 CIDR; write a.b.c.d/n with n from 0 to 32";
            return null;
        }

        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0')
                || !byte.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var octet))
            {
                reason = "is not an IPv4 CIDR; write a.b.c.d/n with each part 0-255 and n from 0 to 32";
                return null;
            }

            address = (address << 8) | octet;
        }

        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        if ((address & ~mask) != 0)
        {
            reason = $"has host bits set; the block is {new Ipv4Cidr(address & mask, prefix)}";
            return null;
        }

        return new Ipv4Cidr(address, prefix);
    }
}
