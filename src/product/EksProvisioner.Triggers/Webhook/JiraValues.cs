namespace EksProvisioner.Triggers.Webhook;

/// <summary>The values labels and custom fields gave, one per key; two different values for a key is a problem.</summary>
internal sealed class JiraValues(JiraDocument doc)
{
    private readonly Dictionary<JiraKeyName, (string Value, string Path, string Source)> _values = [];

    public void Add(JiraKeyName key, string value, string path, string source)
    {
        if (_values.TryGetValue(key, out var seen))
        {
            if (!string.Equals(seen.Value, value, StringComparison.Ordinal))
            {
                doc.Problem(path, $"{source} conflicts with {seen.Source}; give one value");
            }

            return;
        }

        _values[key] = (value, path, source);
    }

    public bool TryGet(JiraKeyName key, out (string Value, string Path, string Source) entry) => _values.TryGetValue(key, out entry);
}
