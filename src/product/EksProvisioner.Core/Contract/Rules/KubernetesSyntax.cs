using System.Text.RegularExpressions;

namespace EksProvisioner.Core.Contract.Rules;

/// <summary>
/// Kubernetes object syntax (k8s.io/apimachinery validation), with the tighter EKS lengths where the
/// EKS API has them (a node label key or taint key is at most 63 characters in total). Patterns end with
/// <c>\z</c>, as in <see cref="AwsSyntax"/>.
/// </summary>
internal static partial class KubernetesSyntax
{
    private const string NameRule = "an optional DNS-subdomain prefix and '/', then up to 63 letters, digits, '-', '_' or '.' starting and ending with a letter or digit";

    /// <summary>A label or taint key: <c>[prefix/]name</c>. Null when valid, else why not.</summary>
    public static string? CheckKey(string key, int maxLength = 63)
    {
        if (key.Length == 0 || key.Length > maxLength)
        {
            return $"key '{key}' must be 1-{maxLength} characters: " + NameRule;
        }

        var slash = key.LastIndexOf('/');
        var prefix = slash >= 0 ? key[..slash] : null;
        var name = slash >= 0 ? key[(slash + 1)..] : key;
        if (prefix is not null && !IsDnsSubdomain(prefix))
        {
            return $"key '{key}' has an invalid prefix '{prefix}'; the prefix must be a lowercase DNS subdomain such as example.com";
        }

        return QualifiedName().IsMatch(name) && name.Length <= 63
            ? null
            : $"key '{key}' is not a valid Kubernetes key; use " + NameRule;
    }

    /// <summary>A label or taint value. Null when valid, else why not.</summary>
    public static string? CheckValue(string value, bool allowEmpty)
    {
        if (value.Length == 0)
        {
            return allowEmpty ? null : "value must not be empty; use 1-63 letters, digits, '-', '_' or '.' starting and ending with a letter or digit";
        }

        return value.Length <= 63 && QualifiedName().IsMatch(value)
            ? null
            : $"value '{value}' is not a valid Kubernetes label value; use up to 63 letters, digits, '-', '_' or '.' starting and ending with a letter or digit";
    }

    /// <summary>A namespace name (RFC 1123 DNS label).</summary>
    public static bool IsNamespace(string name) => name.Length is > 0 and <= 63 && DnsLabel().IsMatch(name);

    private static bool IsDnsSubdomain(string text) =>
        text.Length is > 0 and <= 253 && text.Split('.').All(label => label.Length <= 63 && DnsLabel().IsMatch(label));

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?\\z")]
    private static partial Regex QualifiedName();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?\\z")]
    private static partial Regex DnsLabel();
}
