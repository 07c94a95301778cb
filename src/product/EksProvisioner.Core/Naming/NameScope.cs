using System.Text.RegularExpressions;

namespace EksProvisioner.Core.Naming;

/// <summary>
/// What every name of one stack carries besides the environment name: the stack's name prefix (the
/// <c>NamePrefix</c> parameter, so IAM policies can name <c>cluster/&lt;prefix&gt;-*</c> and
/// <c>role/&lt;prefix&gt;-*</c>) and the region the stack works in (IAM role names are global, so they
/// carry a short tag of it). Built once per stage from the stage's settings; names come from <see cref="For"/>.
/// </summary>
public sealed partial record NameScope
{
    /// <summary>The prefix of a stack deployed with the defaults, and of local mode.</summary>
    public const string DefaultPrefix = "eksprov";

    /// <summary>
    /// Longest prefix: with the longest environment name and region tag a role name is then exactly
    /// IAM's 64 characters (see <see cref="ResourceNames"/>).
    /// </summary>
    public const int MaxPrefixLength = 8;

    public NameScope(string prefix, string region)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        if (!IsValidPrefix(prefix))
        {
            throw new ArgumentException(
                $"'{prefix}' is not a name prefix: 1-{MaxPrefixLength} lowercase letters or digits, starting with a letter.", nameof(prefix));
        }

        Prefix = prefix;
        Region = region;
        RegionTag = RegionTags.Of(region);
    }

    public string Prefix { get; }

    public string Region { get; }

    /// <summary>The compact form of <see cref="Region"/> that role names carry, such as use1.</summary>
    public string RegionTag { get; }

    /// <summary>
    /// True for 1-<see cref="MaxPrefixLength"/> lowercase letters or digits starting with a letter. No
    /// hyphen: the prefix is then always the first word of a name, so <c>eks-*</c> of one stack can
    /// never match the names of a stack whose prefix merely starts with "eks".
    /// </summary>
    public static bool IsValidPrefix(string? prefix) => prefix is not null && PrefixPattern().IsMatch(prefix);

    /// <summary>The default prefix in <paramref name="region"/>.</summary>
    public static NameScope Default(string region) => new(DefaultPrefix, region);

    /// <summary>The names of <paramref name="environment"/> in this scope.</summary>
    public ResourceNames For(string environment) => new(this, environment);

    [GeneratedRegex(@"\A[a-z][a-z0-9]{0,7}\z")]
    private static partial Regex PrefixPattern();
}
