namespace EksProvisioner.Workflow.Documents;

/// <summary><c>$.capacity</c>: what the parallel capacity branches made.</summary>
public sealed record CapacityInfo(
    IReadOnlyList<WaitedResource> NodeGroups,
    IReadOnlyList<WaitedResource> FargateProfiles,
    AddonsInfo? Addons,
    AccessEntriesInfo? AccessEntries);
