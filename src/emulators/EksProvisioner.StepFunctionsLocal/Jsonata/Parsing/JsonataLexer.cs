using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

/// <summary>
/// JSONata's tokenizer. A <c>/</c> starts a regex literal unless the parser expects an infix operator
/// (the infix flag of <see cref="Next"/>), as in the reference implementation.
/// </summary>
internal sealed partial class JsonataLexer(string text)
{
    private const string Whitespace = " \t\n\r\v";
    private int position;

    public int Position => position;

    public Token? Next(bool infix)
    {
        while (position < text.Length && Whitespace.Contains(text[position], StringComparison.Ordinal))
        {
            position++;
        }

        if (position >= text.Length)
        {
            return null;
        }

        var c = text[position];
        if (c == '/' && At(1) == '*')
        {
            var start = position;
            var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new JsonataException("S0106", start, null);
            }

            position = end + 2;
            return Next(infix);
        }

        if (!infix && c == '/')
        {
            position++;
            return ScanRegex();
        }

        foreach (var two in (string[])["..", ":=", "!=", ">=", "<=", "**", "~>", "?:", "??"])
        {
            if (c == two[0] && At(1) == two[1])
            {
                position += 2;
                return new Token(TokenType.Operator, two, position - 2);
            }
        }

        if (Operators.IsSingleChar(c))
        {
            position++;
            return new Token(TokenType.Operator, c.ToString(), position - 1);
        }

        if (c is '"' or '\'')
        {
            return ScanString(c);
        }

        var number = NumberPattern().Match(text, position);
        if (number.Success && number.Index == position)
        {
            var value = double.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value))
            {
                throw new JsonataException("S0102", position, $"Number out of range: {number.Value}");
            }

            position += number.Length;
            return new Token(TokenType.Number, value, number.Index);
        }

        if (c == '`')
        {
            var end = text.IndexOf('`', position + 1);
            if (end < 0)
            {
                position = text.Length;
                throw new JsonataException("S0105", position, null);
            }

            var start = position;
            position = end + 1;
            return new Token(TokenType.Name, text[(start + 1)..end], start);
        }

        return ScanName();
    }

    private char At(int offset) => position + offset < text.Length ? text[position + offset] : '\0';

    private Token? ScanName()
    {
        var start = position;
        var i = position;
        while (i < text.Length && !Whitespace.Contains(text[i], StringComparison.Ordinal) && !Operators.IsSingleChar(text[i]))
        {
            i++;
        }

        position = i;
        if (text[start] == '$')
        {
            return new Token(TokenType.Variable, text[(start + 1)..i], start);
        }

        var name = text[start..i];
        return name switch
        {
            "and" or "or" or "in" => new Token(TokenType.Operator, name, start),
            "true" => new Token(TokenType.Value, true, start),
            "false" => new Token(TokenType.Value, false, start),
            "null" => new Token(TokenType.Value, Runtime.JsonataNull.Value, start),
            _ when name.Length == 0 && i == text.Length => null,
            _ => new Token(TokenType.Name, name, start),
        };
    }

    private Token ScanString(char quote)
    {
        var start = position;
        position++;
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\\')
            {
                position++;
                c = At(0);
                switch (c)
                {
                    case '"' or '\\' or '/':
                        builder.Append(c);
                        break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        var hex = position + 5 <= text.Length ? text.Substring(position + 1, 4) : string.Empty;
                        if (!HexPattern().IsMatch(hex))
                        {
                            throw new JsonataException("S0104", position, null);
                        }

                        builder.Append((char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        position += 4;
                        break;
                    default:
                        throw new JsonataException("S0103", position, $"Unsupported escape sequence: \\{c}");
                }
            }
            else if (c == quote)
            {
                position++;
                return new Token(TokenType.String, builder.ToString(), start);
            }
            else
            {
                builder.Append(c);
            }

            position++;
        }

        throw new JsonataException("S0101", position, null);
    }

    private Token ScanRegex()
    {
        var start = position;
        var depth = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '/' && depth == 0 && EvenBackslashesBefore(position))
            {
                var pattern = text[start..position];
                if (pattern.Length == 0)
                {
                    throw new JsonataException("S0301", position, null);
                }

                position++;
                var flagsStart = position;
                while (position < text.Length && text[position] is 'i' or 'm')
                {
                    position++;
                }

                return new Token(TokenType.Regex, new RegexLiteral(pattern, text[flagsStart..position]), start - 1);
            }

            if (c is '(' or '[' or '{' && (position == 0 || text[position - 1] != '\\'))
            {
                depth++;
            }

            if (c is ')' or ']' or '}' && (position == 0 || text[position - 1] != '\\'))
            {
                depth--;
            }

            position++;
        }

        throw new JsonataException("S0302", position, null);
    }

    private bool EvenBackslashesBefore(int at)
    {
        var count = 0;
        while (at - count - 1 >= 0 && text[at - count - 1] == '\\')
        {
            count++;
        }

        return count % 2 == 0;
    }

    [GeneratedRegex(@"-?(0|([1-9][0-9]*))(\.[0-9]+)?([Ee][-+]?[0-9]+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[0-9a-fA-F]{4}$")]
    private static partial Regex HexPattern();
}
