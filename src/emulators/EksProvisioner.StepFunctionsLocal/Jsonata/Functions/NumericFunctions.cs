using System.Globalization;
using System.Text.RegularExpressions;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary><c>$number $abs $floor $ceil $round $power $sqrt $formatBase $formatNumber</c>.</summary>
internal static partial class NumericFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "number", "<(nsb)-:n>", 1, c => Number(c[0]));
        FunctionLibrary.Define(frame, "abs", "<n-:n>", 1, c => c.Number(0) is { } n ? Math.Abs(n) : null);
        FunctionLibrary.Define(frame, "floor", "<n-:n>", 1, c => c.Number(0) is { } n ? Math.Floor(n) : null);
        FunctionLibrary.Define(frame, "ceil", "<n-:n>", 1, c => c.Number(0) is { } n ? Math.Ceiling(n) : null);
        FunctionLibrary.Define(frame, "round", "<n-n?:n>", 2, c => c.Number(0) is { } n ? Round(n, c.Number(1)) : null);
        FunctionLibrary.Define(frame, "sqrt", "<n-:n>", 1, c => c.Number(0) is { } n ? Sqrt(n) : null);
        FunctionLibrary.Define(frame, "power", "<n-n:n>", 2, c => c.Number(0) is { } n ? Power(n, c.Number(1) ?? double.NaN) : null);
        FunctionLibrary.Define(frame, "formatBase", "<n-n?:s>", 2, c => c.Number(0) is { } n ? FormatBase(n, c.Number(1)) : null);
        FunctionLibrary.Define(frame, "formatNumber", "<n-so?:s>", 3, c => c.Number(0) is { } n ? NumberFormat.Format(n, c.String(1) ?? string.Empty) : null);
    }

    private static object? Number(object? value) => value switch
    {
        null => null,
        double d => d,
        string s when DecimalPattern().IsMatch(s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) => parsed,
        string s when RadixPattern().IsMatch(s) => (double)Convert.ToInt64(s[2..], s[1] is 'x' or 'X' ? 16 : s[1] is 'o' or 'O' ? 8 : 2),
        true => 1d,
        false => 0d,
        _ => throw new JsonataException("D3030", 0, $"Unable to cast value to a number: {JsonataText.Of(value)}"),
    };

    /// <summary>Round half to even at <paramref name="precision"/> decimal places, shifting through the decimal text as the reference does.</summary>
    public static double Round(double value, double? precision)
    {
        var p = precision is { } pp && pp != 0 ? (int)pp : 0;
        var shifted = p != 0 ? Shift(value, p) : value;
        var result = Math.Floor(shifted + 0.5);
        var diff = result - shifted;
        if (Math.Abs(diff) == 0.5 && Math.Abs(result % 2) == 1)
        {
            result -= 1;
        }

        if (p != 0)
        {
            result = Shift(result, -p);
        }

        return result == 0 ? 0 : result;
    }

    private static double Shift(double value, int places)
    {
        var text = JsNumber.ToString(value);
        var parts = text.Split('e');
        var exponent = (parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0) + places;
        return double.Parse(parts[0] + "e" + exponent.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static double Sqrt(double value) =>
        value < 0 ? throw new JsonataException("D3060", 0, $"The sqrt function cannot be applied to a negative number: {JsNumber.ToString(value)}") : Math.Sqrt(value);

    private static double Power(double value, double exponent)
    {
        var result = Math.Pow(value, exponent);
        return double.IsFinite(result) ? result : throw new JsonataException("D3061", 0, null);
    }

    private static string FormatBase(double value, double? radix)
    {
        var n = (long)Round(value, null);
        var r = radix is { } rr ? (int)Round(rr, null) : 10;
        if (r is < 2 or > 36)
        {
            throw new JsonataException("D3100", 0, $"The radix of the formatBase function must be between 2 and 36.  It was given {r}");
        }

        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var negative = n < 0;
        var magnitude = (ulong)Math.Abs(n);
        var result = string.Empty;
        do
        {
            result = Digits[(int)(magnitude % (ulong)r)] + result;
            magnitude /= (ulong)r;
        }
        while (magnitude > 0);
        return negative ? "-" + result : result;
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex("^(0[xX][0-9A-Fa-f]+)|(0[oO][0-7]+)|(0[bB][0-1]+)$")]
    private static partial Regex RadixPattern();
}
