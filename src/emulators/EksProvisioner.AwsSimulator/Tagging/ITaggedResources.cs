namespace EksProvisioner.AwsSimulator.Tagging;

/// <summary>
/// A simulated service whose resources the Resource Groups Tagging API lists. Each service knows its
/// own ARN formats; IAM does not implement this because the real GetResources does not return IAM
/// resources (IAM is global and not a supported service of the regional Tagging API).
/// </summary>
internal interface ITaggedResources
{
    /// <summary>The live resources of <paramref name="region"/>, tagged or not, with their ARNs.</summary>
    IEnumerable<TaggedResource> TaggedResources(string region);
}
