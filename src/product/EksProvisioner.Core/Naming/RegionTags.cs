using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EksProvisioner.Core.Naming;

/// <summary>
/// A region in at most <see cref="MaxLength"/> characters, for names that are global (IAM roles) but
/// made by regional stacks: the compact code AWS's own zone IDs use (us-east-1 is use1, eu-central-1
/// euc1, ap-southeast-2 apse2, us-gov-west-1 usgw1), or, for a region of an unknown shape, "x" and a
/// hash of its name. Distinct regions get distinct tags.
/// </summary>
public static partial class RegionTags
{
    public const int MaxLength = 6;

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["east"] = "e", ["west"] = "w", ["north"] = "n", ["south"] = "s", ["central"] = "c",
        ["northeast"] = "ne", ["northwest"] = "nw", ["southeast"] = "se", ["southwest"] = "sw",
        ["gov"] = "g", ["iso"] = "i", ["isob"] = "ib", ["isoe"] = "ie", ["isof"] = "if",
    };

    public static string Of(string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        var match = RegionShape().Match(region);
        if (match.Success)
        {
            var words = match.Groups["word"].Captures.Select(c => Words.GetValueOrDefault(c.Value)).ToList();
            var tag = match.Groups["area"].Value + string.Concat(words) + match.Groups["number"].Value;
            if (words.All(w => w is not null) && tag.Length <= MaxLength)
            {
                return tag;
            }
        }

        // Compact codes start with a two-letter area, never with x: a hashed tag cannot equal one.
        return "x" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(region)))[..(MaxLength - 1)];
    }

    [GeneratedRegex(@"\A(?<area>[a-z]{2})(-(?<word>[a-z]+))+-(?<number>[0-9]+)\z")]
    private static partial Regex RegionShape();
}
