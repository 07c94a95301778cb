namespace EksProvisioner.Workflow.Documents;

/// <summary><c>$.capacity.accessEntries</c>.</summary>
public sealed record AccessEntriesInfo(string ClusterName, IReadOnlyList<AccessEntryInfo> Entries);
