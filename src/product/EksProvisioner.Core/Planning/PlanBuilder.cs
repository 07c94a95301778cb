using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Planning;

/// <summary>Accumulates planned resources with their tags; each Add returns the new resource's reference.</summary>
internal sealed class PlanBuilder(string environment, IReadOnlyDictionary<string, string> baseTags)
{
    private readonly List<PlannedResource> _resources = [];

    public string Add(string type, string name, IReadOnlyList<string> dependsOn) =>
        Add(type, name, dependsOn, new Dictionary<string, string>(baseTags, StringComparer.Ordinal));

    /// <summary>EC2 resources also get a Name tag, which is how the console shows them.</summary>
    public string AddEc2(string type, string name, IReadOnlyList<string> dependsOn) =>
        Add(type, name, dependsOn, new Dictionary<string, string>(baseTags, StringComparer.Ordinal) { [TagKeys.Name] = name });

    /// <summary>Subnets also carry the tags the AWS Load Balancer Controller discovers them by.</summary>
    public string AddSubnet(string name, string vpc, string elbRoleTag, string cluster) =>
        Add(ResourceTypes.Subnet, name, [vpc], new Dictionary<string, string>(baseTags, StringComparer.Ordinal)
        {
            [TagKeys.Name] = name,
            [elbRoleTag] = "1",
            [TagKeys.ClusterOwnership(cluster)] = "owned",
        });

    public IReadOnlyList<PlannedResource> Build() => _resources.ToList();

    private string Add(string type, string name, IReadOnlyList<string> dependsOn, Dictionary<string, string> tags)
    {
        var resource = new PlannedResource(type, name, dependsOn.ToList(), tags);
        if (_resources.Any(r => r.Ref == resource.Ref))
        {
            throw new InvalidOperationException($"Environment {environment} would have two resources {resource.Ref}; the request validation should have caught this.");
        }

        _resources.Add(resource);
        return resource.Ref;
    }
}
