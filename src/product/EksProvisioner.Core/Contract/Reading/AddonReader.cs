using EksProvisioner.Core.Catalog;
using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>
/// Reads <c>addons</c>. Missing means none: EKS itself installs vpc-cni, coredns and kube-proxy as
/// self-managed add-ons on every new cluster; list them here to have EKS manage them.
/// </summary>
internal static class AddonReader
{
    public static IReadOnlyList<AddonSpec> ReadAll(JsonFields root, ProblemList problems)
    {
        var items = root.Objects("addons", "add-on objects", ["name", "version"]) ?? [];
        var result = new List<AddonSpec>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, index) in items)
        {
            var name = f.String("name");
            if (name is null)
            {
                problems.Add(f.At("name"), "required; give an EKS add-on name such as vpc-cni, coredns or aws-ebs-csi-driver");
            }
            else if (!AwsSyntax.AddonName().IsMatch(name))
            {
                problems.Add(f.At("name"), $"'{name}' is not an EKS add-on name; use lowercase letters, digits and hyphens, such as vpc-cni");
            }
            else if (!AwsCatalog.Addons.Contains(name))
            {
                problems.Add(f.At("name"), $"'{name}' is not in the add-on catalog (as of {AwsCatalog.AsOf}); use one of {string.Join(", ", AwsCatalog.Addons.Order(StringComparer.Ordinal))}");
            }
            else if (seen.TryGetValue(name, out var first))
            {
                problems.Add(f.At("name"), $"'{name}' is already listed at addons[{first}]; list each add-on once");
            }
            else
            {
                seen[name] = index;
            }

            var version = f.String("version");
            if (version is not null && !AwsSyntax.AddonVersion().IsMatch(version))
            {
                problems.Add(f.At("version"), $"'{version}' is not an add-on version; use one such as v1.19.2-eksbuild.1, or leave it out for the EKS default");
            }

            result.Add(new AddonSpec(name ?? string.Empty, version));
        }

        return result;
    }
}
