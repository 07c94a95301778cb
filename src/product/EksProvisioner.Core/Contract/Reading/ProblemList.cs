namespace EksProvisioner.Core.Contract.Reading;

/// <summary>Collects every problem as <c>&lt;json path&gt;: &lt;what is wrong and what is allowed&gt;</c>.</summary>
internal sealed class ProblemList
{
    private readonly List<string> _items = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Items => _items;

    public int Count => _items.Count;

    /// <summary>
    /// Adds a problem unless one is already reported at exactly <paramref name="path"/>, so a field
    /// with a wrong type is not also reported as, say, out of range.
    /// </summary>
    public void Add(string path, string message)
    {
        if (_paths.Add(path))
        {
            _items.Add(path + ": " + message);
        }
    }

    public bool Has(string path) => _paths.Contains(path);
}
