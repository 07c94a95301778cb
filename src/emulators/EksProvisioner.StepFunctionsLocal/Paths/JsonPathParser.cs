using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Paths;

/// <summary>Hand-written parser for <see cref="JsonPath"/>; throws <see cref="FormatException"/> with the reason.</summary>
internal static class JsonPathParser
{
    public static bool TryParse(string text, out JsonPath? path, out string? error)
    {
        try
        {
            path = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            path = null;
            error = e.Message;
            return false;
        }
    }

    public static JsonPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith('$'))
        {
            throw new FormatException($"'{text}' is not a path: a path starts with '$'");
        }

        var pos = 1;
        var root = PathRootKind.Data;
        string? variable = null;
        if (pos < text.Length && text[pos] == '$')
        {
            root = PathRootKind.Context;
            pos++;
        }
        else if (pos < text.Length && (char.IsLetter(text[pos]) || text[pos] == '_'))
        {
            var start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '_'))
            {
                pos++;
            }

            root = PathRootKind.Variable;
            variable = text[start..pos];
        }

        var segments = ParseSegments(text, ref pos, '\0');
        return new JsonPath(text, root, variable, segments);
    }

    private static List<PathSegment> ParseSegments(string text, ref int pos, char stop)
    {
        var segments = new List<PathSegment>();
        while (pos < text.Length && text[pos] != stop && !IsFilterBoundary(text, pos, stop))
        {
            if (text[pos] == '.' && pos + 1 < text.Length && text[pos + 1] == '.')
            {
                pos += 2;
                var inner = text[pos] == '[' ? ParseBracket(text, ref pos) : ParseDotMember(text, ref pos);
                segments.Add(new DeepScanSegment(inner));
            }
            else if (text[pos] == '.')
            {
                pos++;
                segments.Add(ParseDotMember(text, ref pos));
            }
            else if (text[pos] == '[')
            {
                segments.Add(ParseBracket(text, ref pos));
            }
            else
            {
                throw new FormatException($"'{text}': unexpected '{text[pos]}' at position {pos}");
            }
        }

        return segments;
    }

    private static bool IsFilterBoundary(string text, int pos, char stop) =>
        stop == ')' && (char.IsWhiteSpace(text[pos]) || "=!<>&|".Contains(text[pos], StringComparison.Ordinal));

    private static PathSegment ParseDotMember(string text, ref int pos)
    {
        var start = pos;
        while (pos < text.Length && text[pos] is not ('.' or '[') && !(text[pos] is ')' or ' ' or '=' or '!' or '<' or '>' or '&' or '|'))
        {
            pos++;
        }

        var name = text[start..pos];
        if (name.Length == 0)
        {
            throw new FormatException($"'{text}': empty name at position {start}");
        }

        return name == "*" ? new WildcardSegment() : new NameSegment(name);
    }

    private static PathSegment ParseBracket(string text, ref int pos)
    {
        var close = pos + 1;
        if (close < text.Length && text[close] == '?')
        {
            return ParseFilter(text, ref pos);
        }

        var depthQuote = '\0';
        while (close < text.Length && (depthQuote != '\0' || text[close] != ']'))
        {
            if (text[close] is '\'' or '"')
            {
                depthQuote = depthQuote == '\0' ? text[close] : depthQuote == text[close] ? '\0' : depthQuote;
            }

            close++;
        }

        if (close >= text.Length)
        {
            throw new FormatException($"'{text}': '[' at position {pos} is not closed");
        }

        var body = text[(pos + 1)..close].Trim();
        pos = close + 1;
        if (body == "*")
        {
            return new WildcardSegment();
        }

        var parts = SplitUnion(body).Select(p => ParseBracketMember(text, p.Trim())).ToList();
        return parts.Count == 1 ? parts[0] : new UnionSegment(parts);
    }

    private static List<string> SplitUnion(string body)
    {
        var parts = new List<string>();
        var quote = '\0';
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] is '\'' or '"')
            {
                quote = quote == '\0' ? body[i] : quote == body[i] ? '\0' : quote;
            }
            else if (body[i] == ',' && quote == '\0')
            {
                parts.Add(body[start..i]);
                start = i + 1;
            }
        }

        parts.Add(body[start..]);
        return parts;
    }

    private static PathSegment ParseBracketMember(string text, string member)
    {
        if (member.Length >= 2 && member[0] is '\'' or '"' && member[^1] == member[0])
        {
            return new NameSegment(member[1..^1]);
        }

        if (member.Contains(':', StringComparison.Ordinal))
        {
            var bits = member.Split(':');
            if (bits.Length > 3)
            {
                throw new FormatException($"'{text}': bad slice [{member}]");
            }

            int? Part(int i) => i < bits.Length && bits[i].Trim().Length > 0 ? Int(text, bits[i]) : null;
            return new SliceSegment(Part(0), Part(1), Part(2) ?? 1);
        }

        return new IndexSegment(Int(text, member));
    }

    private static int Int(string text, string value) =>
        int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw new FormatException($"'{text}': '{value}' is not an index, a quoted name, a slice or '*'");

    private static FilterSegment ParseFilter(string text, ref int pos)
    {
        // [?( ... )]
        if (pos + 2 >= text.Length || text[pos + 2] != '(')
        {
            throw new FormatException($"'{text}': a filter is written [?(...)]");
        }

        var end = text.IndexOf(")]", pos, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException($"'{text}': filter at position {pos} is not closed with ')]'");
        }

        var body = text[(pos + 3)..end].Trim();
        pos = end + 2;
        var isAnd = body.Contains("&&", StringComparison.Ordinal);
        var parts = body.Split(isAnd ? "&&" : "||").Select(p => ParseCondition(text, p.Trim())).ToList();
        return new FilterSegment(parts.Count == 1 ? parts[0] : new LogicalFilter(isAnd, parts));
    }

    private static FilterExpression ParseCondition(string text, string condition)
    {
        if (!condition.StartsWith('@'))
        {
            throw new FormatException($"'{text}': a filter condition starts with '@'");
        }

        var pos = 1;
        var segments = ParseSegments(condition, ref pos, ')');
        var relative = new JsonPath(condition[..pos], PathRootKind.Data, null, segments);
        var rest = condition[pos..].Trim();
        if (rest.Length == 0)
        {
            return new ExistsFilter(relative);
        }

        foreach (var op in new[] { "==", "!=", "<=", ">=", "<", ">" })
        {
            if (rest.StartsWith(op, StringComparison.Ordinal))
            {
                var literal = rest[op.Length..].Trim();
                if (literal.StartsWith('\'') && literal.EndsWith('\'') && literal.Length >= 2)
                {
                    literal = JsonSerializer.Serialize(literal[1..^1]);
                }

                try
                {
                    return new CompareFilter(relative, op, JsonNode.Parse(literal));
                }
                catch (JsonException)
                {
                    throw new FormatException($"'{text}': '{literal}' is not a literal");
                }
            }
        }

        throw new FormatException($"'{text}': unsupported filter condition '{condition}'");
    }
}
