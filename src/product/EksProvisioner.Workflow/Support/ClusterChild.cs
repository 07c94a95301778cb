namespace EksProvisioner.Workflow.Support;

/// <summary>
/// A kind of resource that hangs off a cluster, as <see cref="ClusterChildren"/> deletes it: its item
/// name in the teardown report, how to list, describe (status) and delete one by cluster and name, and
/// the wait between passes while some are left.
/// </summary>
internal sealed record ClusterChild(
    string Kind,
    Func<string, CancellationToken, IAsyncEnumerable<string>> List,
    Func<string, string, CancellationToken, Task<string?>> StatusOf,
    Func<string, string, CancellationToken, Task> Delete,
    int WaitSeconds);
