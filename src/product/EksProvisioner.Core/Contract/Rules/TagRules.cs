using EksProvisioner.Core.Contract.Reading;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Contract.Rules;

/// <summary>
/// AWS tag rules (keys 1-128, values 0-256, the character set every service accepts, no aws: prefix)
/// plus ours: user tags may not use the eksprov: prefix or the keys we set per resource.
/// </summary>
internal static class TagRules
{
    private const string Characters = "letters, digits, spaces and + - = . _ : / @";

    /// <summary>Null when <paramref name="value"/> is a valid tag value, else why not.</summary>
    public static string? CheckValue(string value, bool allowEmpty)
    {
        if (value.Length > 256 || (!allowEmpty && value.Length == 0))
        {
            return $"must be {(allowEmpty ? 0 : 1)}-256 characters, not {value.Length}";
        }

        if (!AwsSyntax.TagText().IsMatch(value))
        {
            return $"'{value}' has characters AWS tags do not allow; use {Characters}";
        }

        return value.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)
            ? $"'{value}' starts with aws:, which AWS reserves"
            : null;
    }

    public static void CheckUserTags(IReadOnlyDictionary<string, string> tags, string path, ProblemList problems)
    {
        foreach (var (key, value) in tags)
        {
            var at = JsonPath.Property(path, key);
            if (CheckKey(key) is { } keyProblem)
            {
                problems.Add(at, keyProblem);
            }
            else if (CheckValue(value, allowEmpty: true) is { } valueProblem)
            {
                problems.Add(at, "value " + valueProblem);
            }
        }
    }

    private static string? CheckKey(string key)
    {
        if (key.Length is 0 or > 128)
        {
            return $"tag key must be 1-128 characters, not {key.Length}";
        }

        if (!AwsSyntax.TagText().IsMatch(key))
        {
            return $"tag key has characters AWS tags do not allow; use {Characters}";
        }

        if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
        {
            return "tag keys starting with aws: are reserved by AWS; choose another key";
        }

        if (key.StartsWith(TagKeys.ReservedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return $"tag keys starting with {TagKeys.ReservedPrefix} are reserved for the ownership tags; use owner, ticket and ttlHours instead";
        }

        return key == TagKeys.Name || key.StartsWith("kubernetes.io/", StringComparison.OrdinalIgnoreCase)
            ? $"'{key}' is set by EksProvisioner on the resources that need it; choose another key"
            : null;
    }
}
