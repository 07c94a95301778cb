namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>JSONata's truthiness (<c>$boolean</c>) and deep equality (<c>=</c>, <c>$distinct</c>).</summary>
internal static class JsonataTruth
{
    /// <summary>fn.boolean; null for undefined.</summary>
    public static bool? Boolean(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonataArray array:
                return array.Count == 1 ? Boolean(array[0]) ?? false : array.Any(v => Boolean(v) == true);
            case string s:
                return s.Length > 0;
            case double:
                return JsonataValues.IsNumeric(value) && (double)value != 0;
            case OrderedDictionary<string, object?> obj:
                return obj.Count > 0;
            case bool b:
                return b;
            default:
                return false;
        }
    }

    public static bool IsTrue(object? value) => Boolean(value) == true;

    public static bool DeepEquals(object? left, object? right)
    {
        switch (left)
        {
            case null:
                return right is null;
            case double ld:
                return right is double rd && ld == rd;
            case string ls:
                return right is string rs && string.Equals(ls, rs, StringComparison.Ordinal);
            case bool lb:
                return right is bool rb && lb == rb;
            case JsonataArray l when right is JsonataArray r:
                if (l.Count != r.Count)
                {
                    return false;
                }

                for (var i = 0; i < l.Count; i++)
                {
                    if (!DeepEquals(l[i], r[i]))
                    {
                        return false;
                    }
                }

                return true;
            case OrderedDictionary<string, object?> lo when right is OrderedDictionary<string, object?> ro:
                return lo.Count == ro.Count && lo.All(p => ro.TryGetValue(p.Key, out var v) && DeepEquals(p.Value, v));
            default:
                return ReferenceEquals(left, right);
        }
    }
}
