namespace EksProvisioner.AwsSimulator.Ec2.Wire;

/// <summary>One Describe filter: a name and the values any of which may match (with * and ? wildcards).</summary>
internal sealed record Ec2Filter(string Name, IReadOnlyList<string> Values)
{
    /// <summary>The filters of a Describe call (<c>Filter.N.Name</c>, <c>Filter.N.Value.M</c>).</summary>
    public static IReadOnlyList<Ec2Filter> Read(Ec2Form form) =>
        [.. form.Members("Filter").Select(f => new Ec2Filter(f.Required("Name"), f.Strings("Value")))];

    /// <summary>True when any of <paramref name="actual"/> matches any filter value.</summary>
    public bool Matches(IEnumerable<string> actual) => actual.Any(a => Values.Any(v => Glob(v, a)));

    private static bool Glob(string pattern, string text)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal) && !pattern.Contains('?', StringComparison.Ordinal))
        {
            return string.Equals(pattern, text, StringComparison.Ordinal);
        }

        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(text, regex, System.Text.RegularExpressions.RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
