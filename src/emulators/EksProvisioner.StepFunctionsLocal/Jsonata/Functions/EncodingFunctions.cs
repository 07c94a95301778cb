using System.Text;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary>
/// <c>$base64encode $base64decode</c> (over Latin-1 bytes, as node's <c>Buffer</c> 'binary' does) and
/// <c>$encodeUrl $encodeUrlComponent $decodeUrl $decodeUrlComponent</c> (JavaScript's URI functions).
/// </summary>
internal static class EncodingFunctions
{
    private const string ComponentSafe = "-_.!~*'()";
    private const string UriSafe = "-_.!~*'();/?:@&=+$,#";

    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "base64encode", "<s-:s>", 1, c => c.String(0) is { } s ? Convert.ToBase64String(s.Select(ch => (byte)ch).ToArray()) : null);
        FunctionLibrary.Define(frame, "base64decode", "<s-:s>", 1, c => c.String(0) is { } s ? Latin1(s) : null);
        FunctionLibrary.Define(frame, "encodeUrlComponent", "<s-:s>", 1, c => c.String(0) is { } s ? Encode(s, ComponentSafe) : null);
        FunctionLibrary.Define(frame, "encodeUrl", "<s-:s>", 1, c => c.String(0) is { } s ? Encode(s, UriSafe) : null);
        FunctionLibrary.Define(frame, "decodeUrlComponent", "<s-:s>", 1, c => c.String(0) is { } s ? Decode(s) : null);
        FunctionLibrary.Define(frame, "decodeUrl", "<s-:s>", 1, c => c.String(0) is { } s ? Decode(s) : null);
    }

    private static string Latin1(string base64)
    {
        try
        {
            return new string(Convert.FromBase64String(base64).Select(b => (char)b).ToArray());
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }

    private static string Encode(string s, string safe)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiLetterOrDigit(c) || safe.Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
                continue;
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
            {
                throw new JsonataException("D3140", 0, $"Malformed URL passed to $encodeUrl(): {s}");
            }

            var length = char.IsHighSurrogate(c) ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(s.Substring(i, length)))
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return builder.ToString();
    }

    private static string Decode(string s)
    {
        try
        {
            return Uri.UnescapeDataString(s);
        }
        catch (UriFormatException)
        {
            throw new JsonataException("D3140", 0, $"Malformed URL passed to $decodeUrl(): {s}");
        }
    }
}
