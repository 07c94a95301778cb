using System.Globalization;
using System.Text.RegularExpressions;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary>
/// <c>$now $millis $toMillis $fromMillis</c> with ISO 8601 text only (picture strings are not supported).
/// The instant comes from the evaluation's <see cref="TimeProvider"/>, read once per evaluation.
/// </summary>
internal static partial class DateTimeFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "now", "<s?s?:s>", 2, c => Iso(c.Env.Globals.Timestamp));
        FunctionLibrary.Define(frame, "millis", "<:n>", 0, c => (double)c.Env.Globals.Timestamp.ToUnixTimeMilliseconds());
        FunctionLibrary.Define(frame, "toMillis", "<s-s?:n>", 2, c => c.String(0) is { } s ? ToMillis(s) : null);
        FunctionLibrary.Define(frame, "fromMillis", "<n-s?s?:s>", 3, c => c.Number(0) is { } n ? Iso(DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(n))) : null);
    }

    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The reference checks the text against its ISO 8601 pattern (D3110), then lets <c>Date.parse</c> read it.</summary>
    private static object? ToMillis(string text)
    {
        if (!Iso8601().IsMatch(text))
        {
            throw new JsonataException("D3110", 0, $"Failed to parse ISO 8601 timestamp: {text}");
        }

        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        string[] formats =
        [
            "yyyy", "yyyy-MM", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        ];
        var normalized = OffsetWithoutColon().Replace(text, "$1:$2");
        return DateTimeOffset.TryParseExact(normalized, formats, CultureInfo.InvariantCulture, styles, out var parsed)
            ? (double)parsed.ToUnixTimeMilliseconds()
            : null;
    }

    [GeneratedRegex(@"^\d{4}(-[01]\d)*(-[0-3]\d)*(T[0-2]\d:[0-5]\d:[0-5]\d)*(\.\d+)?([+-][0-2]\d:?[0-5]\d|Z)?$")]
    private static partial Regex Iso8601();

    [GeneratedRegex(@"([+-][0-2]\d)([0-5]\d)$")]
    private static partial Regex OffsetWithoutColon();
}
