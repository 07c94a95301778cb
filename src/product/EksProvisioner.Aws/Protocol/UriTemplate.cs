namespace EksProvisioner.Aws.Protocol;

/// <summary>Matches a model requestUri template (<c>/clusters/{name}/node-groups</c>) against path segments.</summary>
internal static class UriTemplate
{
    /// <summary>The decoded values of the template's labels, or null when the segments do not match.</summary>
    public static IReadOnlyList<string>? Match(string template, string[] segments)
    {
        var parts = template.Trim('/').Split('/');
        if (parts.Length != segments.Length)
        {
            return null;
        }

        var labels = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith('{') && parts[i].EndsWith('}'))
            {
                labels.Add(Uri.UnescapeDataString(segments[i]));
            }
            else if (parts[i] != segments[i])
            {
                return null;
            }
        }

        return labels;
    }
}
