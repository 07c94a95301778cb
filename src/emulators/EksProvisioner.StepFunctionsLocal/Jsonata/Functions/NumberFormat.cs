using System.Globalization;
using System.Text;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary>
/// <c>$formatNumber</c> for the common XPath pictures: <c>0</c> and <c>#</c> digits, <c>,</c> grouping (regular or
/// not), <c>.</c> decimal point, <c>%</c> and <c>‰</c>, prefix and suffix text, and a <c>;</c> negative sub-picture.
/// Exponents and custom decimal formats (the third argument) are not supported.
/// </summary>
internal static class NumberFormat
{
    public static string Format(double value, string picture)
    {
        var pictures = picture.Split(';');
        if (pictures.Length > 2)
        {
            throw new JsonataException("D3080", 0, null);
        }

        var negative = value < 0;
        var sub = negative && pictures.Length == 2 ? pictures[1] : pictures[0];
        var text = FormatPositive(Math.Abs(value), sub);
        return negative && pictures.Length == 1 ? "-" + text : text;
    }

    private static bool IsActive(char c) => char.IsAsciiDigit(c) || c is '#' or '.' or ',';

    private static string FormatPositive(double value, string picture)
    {
        var first = 0;
        while (first < picture.Length && !IsActive(picture[first]))
        {
            first++;
        }

        var last = picture.Length - 1;
        while (last >= first && !IsActive(picture[last]))
        {
            last--;
        }

        var prefix = picture[..first];
        var suffix = last + 1 < picture.Length ? picture[(last + 1)..] : string.Empty;
        var mantissa = first <= last ? picture[first..(last + 1)] : string.Empty;
        if ((prefix + suffix).Contains('%', StringComparison.Ordinal))
        {
            value *= 100;
        }
        else if ((prefix + suffix).Contains('\u2030', StringComparison.Ordinal))
        {
            value *= 1000;
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var fractionPart = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        var minInteger = integerPart.Count(char.IsAsciiDigit);
        var minFraction = fractionPart.Count(char.IsAsciiDigit);
        var maxFraction = fractionPart.Count(c => char.IsAsciiDigit(c) || c == '#');
        var rounded = NumericFunctions.Round(value, maxFraction);
        var fixedText = rounded.ToString("F" + maxFraction.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var parts = fixedText.Split('.');
        var integerDigits = parts[0].TrimStart('0');
        var fractionDigits = parts.Length > 1 ? parts[1] : string.Empty;
        while (fractionDigits.Length > minFraction && fractionDigits.EndsWith('0'))
        {
            fractionDigits = fractionDigits[..^1];
        }

        integerDigits = integerDigits.PadLeft(minInteger, '0');
        if (integerDigits.Length == 0 && fractionDigits.Length == 0)
        {
            integerDigits = "0";
        }

        var builder = new StringBuilder(prefix).Append(Group(integerDigits, integerPart));
        if (fractionDigits.Length > 0)
        {
            builder.Append('.').Append(fractionDigits);
        }

        return builder.Append(suffix).ToString();
    }

    /// <summary>Inserts separators where the picture has them, repeating a regular interval to the left.</summary>
    private static string Group(string digits, string integerPicture)
    {
        var positions = new List<int>();
        var count = 0;
        for (var i = integerPicture.Length - 1; i >= 0; i--)
        {
            if (integerPicture[i] == ',')
            {
                positions.Add(count);
            }
            else
            {
                count++;
            }
        }

        if (positions.Count == 0)
        {
            return digits;
        }

        var interval = positions[0];
        var regular = interval > 0 && positions.Select((p, i) => p == interval * (i + 1)).All(b => b);
        var result = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            var fromRight = digits.Length - i;
            if (i > 0 && (regular ? fromRight % interval == 0 : positions.Contains(fromRight)))
            {
                result.Append(',');
            }

            result.Append(digits[i]);
        }

        return result.ToString();
    }
}
