namespace EksProvisioner.Triggers.Webhook;

/// <summary>HTTP header names are case-insensitive, whatever dictionary a front end hands over.</summary>
public static class HeaderLookup
{
    /// <summary>The value of header <paramref name="name"/> in <paramref name="headers"/>, whatever its case; null when absent.</summary>
    public static string? Find(IReadOnlyDictionary<string, string> headers, string name)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.TryGetValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
