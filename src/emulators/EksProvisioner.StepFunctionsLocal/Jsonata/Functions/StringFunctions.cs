using System.Text;
using System.Text.RegularExpressions;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary>
/// <c>$string $substring $substringBefore $substringAfter $uppercase $lowercase $length $trim $pad $join</c>.
/// Lengths and positions count code points, as JavaScript's string iterator does.
/// </summary>
internal static partial class StringFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "string", "<x-b?:s>", 1, c => JsonataText.Of(c[0], c[1] is true));
        FunctionLibrary.Define(frame, "substring", "<s-nn?:s>", 3, c => c.String(0) is { } s ? Substring(s, c.Number(1)!.Value, c.Number(2)) : null);
        FunctionLibrary.Define(frame, "substringBefore", "<s-s:s>", 2, c => c.String(0) is { } s ? Before(s, c.String(1)) : null);
        FunctionLibrary.Define(frame, "substringAfter", "<s-s:s>", 2, c => c.String(0) is { } s ? After(s, c.String(1)) : null);
        FunctionLibrary.Define(frame, "lowercase", "<s-:s>", 1, c => c.String(0)?.ToLowerInvariant());
        FunctionLibrary.Define(frame, "uppercase", "<s-:s>", 1, c => c.String(0)?.ToUpperInvariant());
        FunctionLibrary.Define(frame, "length", "<s-:n>", 1, c => c.String(0) is { } s ? (double)CodePoints(s).Count : null);
        FunctionLibrary.Define(frame, "trim", "<s-:s>", 1, c => c.String(0) is { } s ? Trim(s) : null);
        FunctionLibrary.Define(frame, "pad", "<s-ns?:s>", 3, c => c.String(0) is { } s ? Pad(s, c.Number(1)!.Value, c.String(2)) : null);
        FunctionLibrary.Define(frame, "join", "<a<s>s?:s>", 2, c => c.Array(0) is { } a ? string.Join(c.String(1) ?? string.Empty, a.Cast<string>()) : null);
    }

    public static List<string> CodePoints(string s) => s.EnumerateRunes().Select(r => r.ToString()).ToList();

    /// <summary>JavaScript's <c>Array.prototype.slice</c> on code points.</summary>
    private static string Slice(List<string> points, double start, double? end)
    {
        static int Clamp(double v, int length) =>
            (int)(double.IsNegative(v) ? Math.Max(length + Math.Truncate(v), 0) : Math.Min(Math.Truncate(v), length));
        var from = Clamp(start, points.Count);
        var to = end is { } e ? Clamp(e, points.Count) : points.Count;
        return from >= to ? string.Empty : string.Concat(points.Skip(from).Take(to - from));
    }

    public static string Substring(string s, double start, double? length)
    {
        var points = CodePoints(s);
        if (points.Count + start < 0)
        {
            start = 0;
        }

        if (length is { } l)
        {
            if (l <= 0)
            {
                return string.Empty;
            }

            var end = start >= 0 ? start + l : points.Count + start + l;
            return Slice(points, start, end);
        }

        return Slice(points, start, null);
    }

    private static string Before(string s, string? chars)
    {
        var at = s.IndexOf(chars ?? string.Empty, StringComparison.Ordinal);
        return at > -1 ? s[..at] : s;
    }

    private static string After(string s, string? chars)
    {
        var at = s.IndexOf(chars ?? string.Empty, StringComparison.Ordinal);
        return at > -1 ? s[(at + (chars?.Length ?? 0))..] : s;
    }

    private static string Trim(string s)
    {
        var result = Whitespace().Replace(s, " ");
        if (result.StartsWith(' '))
        {
            result = result[1..];
        }

        if (result.EndsWith(' '))
        {
            result = result[..^1];
        }

        return result;
    }

    private static string Pad(string s, double width, string? padding)
    {
        if (string.IsNullOrEmpty(padding))
        {
            padding = " ";
        }

        var w = Math.Truncate(width);
        var padLength = (int)(Math.Abs(w) - CodePoints(s).Count);
        if (padLength <= 0)
        {
            return s;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < padLength; i++)
        {
            builder.Append(padding);
        }

        var pad = padding.Length > 1 ? Substring(builder.ToString(), 0, padLength) : builder.ToString();
        return w > 0 ? s + pad : pad + s;
    }

    [GeneratedRegex("[ \t\n\r]+")]
    private static partial Regex Whitespace();
}
