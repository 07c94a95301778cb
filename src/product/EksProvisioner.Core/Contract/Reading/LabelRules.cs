using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>Reads a Kubernetes label map and checks every key and value.</summary>
internal static class LabelRules
{
    public static IReadOnlyDictionary<string, string> Read(JsonFields f, string field, ProblemList problems)
    {
        var labels = f.StringMap(field, "an object of label keys to string values") ?? new Dictionary<string, string>();
        foreach (var (key, value) in labels)
        {
            var at = JsonPath.Property(f.At(field), key);
            var problem = KubernetesSyntax.CheckKey(key) ?? KubernetesSyntax.CheckValue(value, allowEmpty: false);
            if (problem is not null)
            {
                problems.Add(at, problem);
            }
        }

        return labels;
    }
}
