using System.Text.RegularExpressions;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// SAM <c>DefinitionSubstitutions</c> placeholders (<c>${Name}</c>) in a definition. The specification
/// wants a Task's Resource to be a URI, which <c>${Name}</c> is not, so <c>validate-asl</c> replaces each
/// placeholder with a syntactically valid dummy Lambda ARN before validating: a template's definition
/// is checked as it will be after substitution.
/// </summary>
internal static partial class AslPlaceholders
{
    public static string Substitute(string definition) =>
        Placeholder().Replace(definition, m => $"arn:aws:lambda:us-east-1:123456789012:function:{m.Groups[1].Value}");

    [GeneratedRegex(@"\$\{([A-Za-z0-9_.:-]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
