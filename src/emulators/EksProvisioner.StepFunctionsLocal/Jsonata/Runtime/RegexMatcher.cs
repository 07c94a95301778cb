using System.Text.RegularExpressions;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>
/// The value of a regex literal. Called as a function it answers the first match object
/// (<c>{match, start, end, groups}</c>) like the reference's closure; <c>$match</c>, <c>$contains</c>,
/// <c>$replace</c> and <c>$split</c> use <see cref="Regex"/> directly.
/// </summary>
internal sealed class RegexMatcher(Regex regex) : JsonataFunction
{
    public Regex Regex => regex;

    public override int Arity => 1;

    public override object? Invoke(IReadOnlyList<object?> args, object? input, Frame env)
    {
        if (args.Count == 0 || args[0] is not string text)
        {
            return null;
        }

        var match = regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var groups = new JsonataArray(match.Groups.Cast<Group>().Skip(1).Select(g => (object?)g.Value));
        return new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["match"] = match.Value,
            ["start"] = (double)match.Index,
            ["end"] = (double)(match.Index + match.Length),
            ["groups"] = groups,
        };
    }

    /// <summary>
    /// Successive matches as the reference's <c>next()</c> walks them: it stops at the end of the string and
    /// refuses a later match of the empty string (D1004), which would never advance.
    /// </summary>
    public IEnumerable<Match> Matches(string text)
    {
        var match = regex.Match(text);
        if (!match.Success)
        {
            yield break;
        }

        while (true)
        {
            yield return match;
            var end = match.Index + match.Length;
            if (end >= text.Length)
            {
                yield break;
            }

            var next = regex.Match(text, end);
            if (!next.Success)
            {
                yield break;
            }

            if (next.Length == 0)
            {
                throw new JsonataException("D1004", 0, null);
            }

            match = next;
        }
    }
}
