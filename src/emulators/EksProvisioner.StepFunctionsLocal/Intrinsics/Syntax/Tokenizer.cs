using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

/// <summary>
/// Splits an intrinsic invocation into tokens, recording every lexical problem instead of stopping at
/// the first. String literals are single-quoted; the developer guide reserves <c>' { } \</c> and allows
/// exactly the escapes <c>\' \{ \} \\</c> ("If an open escape backslash is found in the intrinsic
/// invocation string, the interpreter will return a runtime error"; a literal is checked here instead).
/// </summary>
internal static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, ICollection<string> problems)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r':
                    i++;
                    break;
                case '(':
                    tokens.Add(new Token(TokenKind.LeftParenthesis, "(", i++));
                    break;
                case ')':
                    tokens.Add(new Token(TokenKind.RightParenthesis, ")", i++));
                    break;
                case ',':
                    tokens.Add(new Token(TokenKind.Comma, ",", i++));
                    break;
                case '\'':
                    tokens.Add(ReadString(text, ref i, problems));
                    break;
                case '$':
                    tokens.Add(ReadPath(text, ref i, problems));
                    break;
                case '-' or (>= '0' and <= '9'):
                    tokens.Add(ReadNumber(text, ref i, problems));
                    break;
                case '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'):
                    tokens.Add(ReadName(text, ref i));
                    break;
                default:
                    problems.Add($"Unexpected character '{c}' at position {i}.");
                    i++;
                    break;
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static Token ReadString(string text, ref int i, ICollection<string> problems)
    {
        var start = i++;
        var value = new StringBuilder();
        var segment = new StringBuilder();
        var segments = new List<string>();
        while (i < text.Length && text[i] != '\'')
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 < text.Length && text[i + 1] is '\'' or '{' or '}' or '\\')
                {
                    value.Append(text[i + 1]);
                    segment.Append(text[i + 1]);
                }
                else
                {
                    var shown = i + 1 < text.Length ? text[i + 1].ToString() : string.Empty;
                    problems.Add($"Invalid escape '\\{shown}' at position {i} in the string literal at position {start}; only \\', \\{{, \\}} and \\\\ are allowed.");
                }

                i += 2;
                continue;
            }

            if (c == '{' && i + 1 < text.Length && text[i + 1] == '}')
            {
                value.Append("{}");
                segments.Add(segment.ToString());
                segment.Clear();
                i += 2;
                continue;
            }

            value.Append(c);
            segment.Append(c);
            i++;
        }

        if (i >= text.Length)
        {
            problems.Add($"Unterminated string literal starting at position {start}.");
        }
        else
        {
            i++;
        }

        segments.Add(segment.ToString());
        return new Token(TokenKind.String, value.ToString(), start, new FormatTemplate(segments));
    }

    /// <summary>
    /// A path runs to the next comma, closing parenthesis or blank outside brackets; quoted names inside
    /// brackets (<c>$.abc.['def ghi']</c>, which the guide requires for such names) may hold any of those.
    /// </summary>
    private static Token ReadPath(string text, ref int i, ICollection<string> problems)
    {
        var start = i;
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (depth == 0 && c is ',' or ')' or ' ' or '\t' or '\n' or '\r')
            {
                break;
            }

            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth > 0 && c is '\'' or '"')
            {
                i = SkipQuoted(text, i);
                continue;
            }

            i++;
        }

        var path = text[start..i];
        if (depth != 0)
        {
            problems.Add($"Unbalanced brackets in path '{path}' at position {start}.");
        }
        else if (!PathShape().IsMatch(path))
        {
            problems.Add($"Invalid path '{path}' at position {start}: expected $, $$, $name, or one of them followed by .field or [...].");
        }

        return new Token(TokenKind.Path, path, start);
    }

    private static int SkipQuoted(string text, int i)
    {
        var quote = text[i++];
        while (i < text.Length && text[i] != quote)
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, text.Length);
    }

    private static Token ReadNumber(string text, ref int i, ICollection<string> problems)
    {
        var start = i;
        i++;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '+' or '-'))
        {
            i++;
        }

        var number = text[start..i];
        if (!NumberShape().IsMatch(number)
            || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            problems.Add($"Invalid number literal '{number}' at position {start}.");
        }

        return new Token(TokenKind.Number, number, start);
    }

    private static Token ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.'))
        {
            i++;
        }

        return new Token(TokenKind.Name, text[start..i], start);
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"^\$(\$|[A-Za-z_][A-Za-z0-9_]*)?((\.\.?|\[).*)?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex PathShape();
}
