using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>
/// Deterministic identifiers (request ids, UUIDs, hex ids) derived from a name by hashing, so the
/// simulator needs no ambient randomness and ids are stable across runs.
/// </summary>
internal static class RequestIds
{
    public static string Uuid(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var hex = Convert.ToHexStringLower(hash);
        return string.Create(CultureInfo.InvariantCulture, $"{hex[..8]}-{hex[8..12]}-4{hex[13..16]}-a{hex[17..20]}-{hex[20..32]}");
    }

    public static string Hex(string seed, int length) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..length];
}
