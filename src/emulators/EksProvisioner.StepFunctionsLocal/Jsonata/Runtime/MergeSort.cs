namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>The reference's stable merge sort, driven by a "should <c>a</c> come after <c>b</c>" test.</summary>
internal static class MergeSort
{
    public static List<object?> Sort(IReadOnlyList<object?> items, Func<object?, object?, bool> greater)
    {
        if (items.Count <= 1)
        {
            return [.. items];
        }

        var middle = items.Count / 2;
        var left = Sort(items.Take(middle).ToList(), greater);
        var right = Sort(items.Skip(middle).ToList(), greater);
        var merged = new List<object?>(items.Count);
        int l = 0, r = 0;
        while (l < left.Count && r < right.Count)
        {
            merged.Add(greater(left[l], right[r]) ? right[r++] : left[l++]);
        }

        merged.AddRange(left.Skip(l));
        merged.AddRange(right.Skip(r));
        return merged;
    }
}
