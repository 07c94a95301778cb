namespace EksProvisioner.Workflow.Documents;

/// <summary><c>$.addons</c> / <c>$.capacity.addons</c>: every requested add-on and whether all are settled.</summary>
public sealed record AddonsInfo(string ClusterName, IReadOnlyList<AddonInfo> Addons, DateTimeOffset StartedAt, bool Done, int WaitSeconds);
