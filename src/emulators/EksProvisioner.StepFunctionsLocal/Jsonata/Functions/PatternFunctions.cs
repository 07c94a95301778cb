using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary><c>$contains $split $replace $match</c>: a string or a regex literal as the pattern.</summary>
internal static class PatternFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "contains", "<s-(sf):b>", 2, c => c.String(0) is { } s ? Contains(s, c[1]) : null);
        FunctionLibrary.Define(frame, "split", "<s-(sf)n?:a<s>>", 3, c => c.String(0) is { } s ? Split(s, c[1], c.Number(2)) : null);
        FunctionLibrary.Define(frame, "replace", "<s-(sf)(sf)n?:s>", 4, c => c.String(0) is { } s ? Replace(s, c[1], c[2], c.Number(3), c.Env) : null);
        FunctionLibrary.Define(frame, "match", "<s-f<s:o>n?:a<o>>", 3, c => c.String(0) is { } s ? Match(s, c[1], c.Number(2)) : null);
    }

    private static RegexMatcher Matcher(object? pattern) =>
        pattern as RegexMatcher ?? throw new JsonataException("T1010", 0, "The matcher function argument passed to function does not return the correct object structure");

    private static bool Contains(string s, object? token) =>
        token is string t ? s.Contains(t, StringComparison.Ordinal) : Matcher(token).Matches(s).Any();

    private static JsonataArray Split(string s, object? separator, double? limit)
    {
        if (limit < 0)
        {
            throw new JsonataException("D3020", 0, null);
        }

        var result = new JsonataArray();
        var max = limit is { } l ? (long)Math.Truncate(l) : long.MaxValue;
        if (max == 0)
        {
            return result;
        }

        if (separator is string sep)
        {
            IEnumerable<string> parts = sep.Length == 0 ? s.Select(ch => ch.ToString()) : s.Split(sep);
            result.AddRange(parts.Take((int)Math.Min(max, int.MaxValue)));
            return result;
        }

        var start = 0;
        var count = 0;
        foreach (var match in Matcher(separator).Matches(s))
        {
            if (count >= max)
            {
                break;
            }

            result.Add(s[start..match.Index]);
            start = match.Index + match.Length;
            count++;
        }

        if (count < max)
        {
            result.Add(s[start..]);
        }

        return result;
    }

    private static JsonataArray Match(string s, object? regex, double? limit)
    {
        if (limit < 0)
        {
            throw new JsonataException("D3040", 0, null);
        }

        var result = JsonataArray.Sequence();
        var max = limit is { } l ? l : double.PositiveInfinity;
        foreach (var match in Matcher(regex).Matches(s))
        {
            if (result.Count >= max)
            {
                break;
            }

            result.Add(new OrderedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["match"] = match.Value,
                ["index"] = (double)match.Index,
                ["groups"] = Groups(match),
            });
        }

        return result;
    }

    private static JsonataArray Groups(Match match) => new(match.Groups.Cast<Group>().Skip(1).Select(g => (object?)g.Value));

    private static string Replace(string s, object? pattern, object? replacement, double? limit, Frame env)
    {
        if (pattern is "")
        {
            throw new JsonataException("D3010", 0, null);
        }

        if (limit < 0)
        {
            throw new JsonataException("D3011", 0, null);
        }

        var max = limit is { } l ? l : double.PositiveInfinity;
        var result = new StringBuilder();
        var position = 0;
        var count = 0;
        if (pattern is string text)
        {
            var index = s.IndexOf(text, StringComparison.Ordinal);
            while (index != -1 && count < max)
            {
                result.Append(s, position, index - position).Append(replacement as string);
                position = index + text.Length;
                count++;
                index = s.IndexOf(text, position, StringComparison.Ordinal);
            }

            return result.Append(s[position..]).ToString();
        }

        foreach (var match in Matcher(pattern).Matches(s))
        {
            if (count >= max)
            {
                break;
            }

            result.Append(s, position, match.Index - position);
            var substitute = replacement is string template
                ? Substitute(template, match)
                : ((JsonataFunction)replacement!).Apply([MatchObject(match)], null, env);
            if (substitute is not string str)
            {
                throw new JsonataException("D3012", 0, null);
            }

            result.Append(str);
            position = match.Index + match.Length;
            count++;
        }

        return result.Append(s[position..]).ToString();
    }

    private static OrderedDictionary<string, object?> MatchObject(Match match) => new(StringComparer.Ordinal)
    {
        ["match"] = match.Value,
        ["start"] = (double)match.Index,
        ["end"] = (double)(match.Index + match.Length),
        ["groups"] = Groups(match),
    };

    /// <summary>The reference's <c>$0</c>, <c>$1</c>.. <c>$$</c> substitution (the longest group number that exists).</summary>
    private static string Substitute(string template, Match match)
    {
        var groups = match.Groups.Count - 1;
        var result = new StringBuilder();
        var position = 0;
        var index = template.IndexOf('$', position);
        while (index != -1 && position < template.Length)
        {
            result.Append(template, position, index - position);
            position = index + 1;
            var next = position < template.Length ? template[position] : '\0';
            if (next == '$')
            {
                result.Append('$');
                position++;
            }
            else if (next == '0')
            {
                result.Append(match.Value);
                position++;
            }
            else
            {
                var maxDigits = groups == 0 ? 1 : (int)Math.Floor(Math.Log10(groups)) + 1;
                var group = LeadingInt(template, position, maxDigits);
                if (maxDigits > 1 && group > groups)
                {
                    group = LeadingInt(template, position, maxDigits - 1);
                }

                if (group is { } g)
                {
                    if (groups > 0 && g - 1 < groups && g >= 1)
                    {
                        result.Append(match.Groups[g].Value);
                    }

                    position += g.ToString(CultureInfo.InvariantCulture).Length;
                }
                else
                {
                    result.Append('$');
                }
            }

            index = template.IndexOf('$', position);
        }

        return result.Append(template[position..]).ToString();
    }

    private static int? LeadingInt(string text, int start, int digits)
    {
        var end = start;
        while (end < text.Length && end - start < digits && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end == start ? null : int.Parse(text[start..end], CultureInfo.InvariantCulture);
    }
}
