using System.Globalization;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>ASL timestamps: RFC 3339 with an uppercase T and a zone (Z or an offset), as the specification requires.</summary>
internal static class AslTimestamp
{
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || text.Length < 20 || text[10] != 'T')
        {
            return false;
        }

        var zoned = text.EndsWith('Z') || text[^6] is '+' or '-';
        return zoned && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value);
    }
}
