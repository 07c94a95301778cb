using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.Core.Naming;
using Ec2Tag = Amazon.EC2.Model.Tag;

namespace EksProvisioner.Aws.Ec2;

/// <summary>Tags and filters for EC2 resources: every resource is tagged in its create call and found again by the same tags.</summary>
public static class Ec2Tags
{
    /// <summary>A TagSpecifications entry: the environment's tags, the Name tag, then <paramref name="extra"/>.</summary>
    public static List<TagSpecification> Spec(
        ResourceType type, IReadOnlyDictionary<string, string> environmentTags, string name, IReadOnlyDictionary<string, string>? extra = null)
    {
        var tags = environmentTags.Select(t => new Ec2Tag(t.Key, t.Value)).ToList();
        tags.Add(new Ec2Tag(TagKeys.Name, name));
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            tags.Add(new Ec2Tag(key, value));
        }

        return [new TagSpecification { ResourceType = type, Tags = tags }];
    }

    /// <summary>
    /// Filters for the resources of <paramref name="environment"/>, optionally only the one named
    /// <paramref name="name"/>, optionally only those its provisioning <paramref name="provisioning"/> created.
    /// </summary>
    public static List<Filter> Owned(string environment, string? name = null, string? provisioning = null)
    {
        var filters = new List<Filter> { new("tag:" + TagKeys.Environment, [environment]) };
        if (name is not null)
        {
            filters.Add(new Filter("tag:" + TagKeys.Name, [name]));
        }

        if (provisioning is not null)
        {
            filters.Add(new Filter("tag:" + TagKeys.Provisioning, [provisioning]));
        }

        return filters;
    }

    /// <summary>The value of <paramref name="key"/> among <paramref name="tags"/>, or null.</summary>
    public static string? Value(IEnumerable<Ec2Tag>? tags, string key) =>
        tags?.FirstOrDefault(t => t.Key == key)?.Value;
}
