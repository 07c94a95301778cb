using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>Numbers written as JavaScript writes them (<c>Number.prototype.toString</c>), which JSONata's output follows.</summary>
internal static class JsNumber
{
    /// <summary>Not finite: null, as JSON.stringify writes it. An integral double within 2^53 becomes a JSON integer (no ".0"), anything else a double.</summary>
    public static JsonNode? ToJson(double value) =>
        !double.IsFinite(value) ? null // JSON.stringify writes Infinity and NaN as null
        : Math.Floor(value) == value && Math.Abs(value) < 9007199254740992d
            ? JsonValue.Create((long)value)
            : JsonValue.Create(value);

    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // "E16" then trimming gives the digits; "R" gives the shortest round-trip digits JavaScript also uses.
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip.StartsWith('-');
        if (negative)
        {
            roundTrip = roundTrip[1..];
        }

        var exponentAt = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa[..dot] + mantissa[(dot + 1)..];
        var pointAt = (dot < 0 ? mantissa.Length : dot) + exponent;
        var trimmed = digits.TrimStart('0');
        pointAt -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        return (negative ? "-" : string.Empty) + Layout(digits, pointAt);
    }

    /// <summary>ECMAScript Number::toString: <paramref name="n"/> is where the decimal point falls in the digits.</summary>
    private static string Layout(string digits, int n)
    {
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var sign = e < 0 ? "-" : "+";
        var head = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return head + "e" + sign + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What <c>$string</c> writes for a number: non-integers rounded to 15 significant digits first.</summary>
    public static string ToStringForOutput(double value)
    {
        if (Math.Floor(value) != value)
        {
            value = double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return ToString(value);
    }
}
