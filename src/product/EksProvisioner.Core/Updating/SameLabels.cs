namespace EksProvisioner.Core.Updating;

/// <summary>String maps (labels, tags) compared by content.</summary>
internal static class SameLabels
{
    public static bool Of(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
