namespace EksProvisioner.Workflow.Support;

/// <summary>How teardown phases name what they deleted (<c>type:id</c>) and merge it with earlier passes.</summary>
internal static class TeardownItems
{
    public static string Describe(string type, string id) => type + ":" + id;

    public static IReadOnlyList<string> Merge(IReadOnlyList<string>? previous, IEnumerable<string> now)
    {
        var all = new List<string>(previous ?? []);
        foreach (var item in now)
        {
            if (!all.Contains(item, StringComparer.Ordinal))
            {
                all.Add(item);
            }
        }

        return all;
    }
}
