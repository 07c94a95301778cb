using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EksProvisioner.AwsSimulator.Ec2.Model;

/// <summary>An IPv4 CIDR block whose host bits are zero (AWS rejects others as "not a valid CIDR block").</summary>
internal readonly record struct Ipv4Cidr(uint Network, int PrefixLength)
{
    public uint Size => PrefixLength == 0 ? uint.MaxValue : 1u << (32 - PrefixLength);

    public uint Last => Network + (Size - 1);

    public static Ipv4Cidr? Parse(string? text)
    {
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (text is null || slash < 0
            || !IPAddress.TryParse(text.AsSpan(0, slash), out var address) || address.AddressFamily != AddressFamily.InterNetwork
            || text[..slash].Split('.').Length != 4
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            return null;
        }

        var bytes = address.GetAddressBytes();
        var network = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        return (network & mask) == network ? new Ipv4Cidr(network, prefix) : null;
    }

    public bool Contains(Ipv4Cidr other) => other.Network >= Network && other.Last <= Last;

    public bool Overlaps(Ipv4Cidr other) => other.Network <= Last && Network <= other.Last;

    /// <summary>The dotted address of host number <paramref name="host"/> in this block.</summary>
    public string Host(uint host)
    {
        var value = Network + host;
        return $"{value >> 24}.{(value >> 16) & 0xff}.{(value >> 8) & 0xff}.{value & 0xff}";
    }
}
