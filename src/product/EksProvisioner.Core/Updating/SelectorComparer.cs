using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Updating;

/// <summary>Fargate selectors by value (their label dictionaries compare by content, not reference).</summary>
internal sealed class SelectorComparer : IEqualityComparer<FargateSelectorSpec>
{
    public static SelectorComparer Instance { get; } = new();

    public bool Equals(FargateSelectorSpec? x, FargateSelectorSpec? y) =>
        x is not null && y is not null && x.Namespace == y.Namespace
        && SameLabels.Of(x.Labels, y.Labels);

    public int GetHashCode(FargateSelectorSpec obj) => StringComparer.Ordinal.GetHashCode(obj.Namespace);
}
