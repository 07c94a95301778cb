using System.Text.RegularExpressions;

namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>
/// The README's "Permissions" table: one row per function, first cell the function's logical id in
/// backticks, the actions in backticks as <c>service:Action</c> or <c>service:Prefix*</c>.
/// </summary>
internal static partial class PermissionTable
{
    /// <summary>Each row's cells joined, by function.</summary>
    public static IReadOnlyDictionary<string, string> Rows(string readme)
    {
        var lines = readme.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith("## Permissions", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException("README.md has no \"## Permissions\" section");
        }

        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length > 2 && FirstCell().Match(cells[1]) is { Success: true } name)
            {
                rows.Add(name.Groups[1].Value, string.Join(" | ", cells.Skip(2)));
            }
        }

        return rows;
    }

    /// <summary>The action patterns a row names.</summary>
    public static IReadOnlyList<string> Actions(string row) => [.. ActionToken().Matches(row).Select(m => m.Groups[1].Value)];

    /// <summary>True when <paramref name="pattern"/> (an action, or a prefix ending in *) covers <paramref name="action"/>.</summary>
    public static bool Covers(string pattern, string action) =>
        pattern.EndsWith('*') ? action.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == action;

    [GeneratedRegex(@"^`([A-Za-z]+Function)`$")]
    private static partial Regex FirstCell();

    [GeneratedRegex(@"`([a-z0-9-]+:[A-Za-z]+\*?)`")]
    private static partial Regex ActionToken();
}
