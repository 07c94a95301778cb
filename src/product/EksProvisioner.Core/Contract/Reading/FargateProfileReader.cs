using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>Reads <c>fargateProfiles</c>: each with a name and 1-5 namespace/label selectors.</summary>
internal static class FargateProfileReader
{
    private const int MaxSelectors = 5;

    public static IReadOnlyList<FargateProfileSpec> ReadAll(JsonFields root, ProblemList problems)
    {
        var items = root.Objects("fargateProfiles", "Fargate profile objects", ["name", "selectors"]) ?? [];
        var result = new List<FargateProfileSpec>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, index) in items)
        {
            var name = ChildNames.Read(f, "Fargate profile", names, index, "fargateProfiles", problems);
            var selectors = f.Objects("selectors", "selector objects", ["namespace", "labels"]);
            if (selectors is null || selectors.Count == 0)
            {
                problems.Add(f.At("selectors"), $"required; give 1 to {MaxSelectors} selectors, each with a namespace");
            }
            else if (selectors.Count > MaxSelectors)
            {
                problems.Add(f.At("selectors"), $"lists {selectors.Count} selectors; a Fargate profile allows 1 to {MaxSelectors}");
            }

            var specs = new List<FargateSelectorSpec>();
            foreach (var (s, _) in selectors ?? [])
            {
                var ns = s.String("namespace");
                if (ns is null)
                {
                    problems.Add(s.At("namespace"), "required; give the Kubernetes namespace whose pods run on Fargate");
                }
                else if (!KubernetesSyntax.IsNamespace(ns))
                {
                    problems.Add(s.At("namespace"), $"'{ns}' is not a Kubernetes namespace name; use 1-63 lowercase letters, digits or hyphens, starting and ending with a letter or digit");
                }

                specs.Add(new FargateSelectorSpec(ns ?? string.Empty, LabelRules.Read(s, "labels", problems)));
            }

            result.Add(new FargateProfileSpec(name, specs));
        }

        return result;
    }
}
