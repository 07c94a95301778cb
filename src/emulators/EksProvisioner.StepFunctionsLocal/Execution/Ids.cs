using System.Globalization;
using EksProvisioner.Core.Time;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>Identifiers from the injected randomizer (never Guid.NewGuid), so a seeded run is reproducible.</summary>
internal static class Ids
{
    public static string Uuid(Randomizer random)
    {
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(random() * 256);
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return string.Create(CultureInfo.InvariantCulture, $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}");
    }
}
