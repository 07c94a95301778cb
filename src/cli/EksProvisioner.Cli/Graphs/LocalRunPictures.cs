using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// Pictures of local runs from the state directory, read as <c>status</c>, <c>list</c> and <c>history</c> read
/// it (no lock: records and histories are replaced whole): the embedded definition of the operation
/// and the history the run left.
/// </summary>
internal static class LocalRunPictures
{
    /// <summary>
    /// The run of <paramref name="environment"/> that <paramref name="executionArn"/> names (by its state
    /// machine, since a directory keeps the last up and the last down), or the last one; null when unknown.
    /// </summary>
    public static RunPicture? Find(EnvironmentRecords records, string environment, string? executionArn)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Load(environment) is not { } record)
        {
            return null;
        }

        var operation = executionArn is null || executionArn == record.ExecutionArn
            ? record.Operation
            : executionArn.Contains(":" + Definitions.TeardownMachineName + ":", StringComparison.Ordinal) ? "down"
            : executionArn.Contains(":" + Definitions.ProvisionMachineName + ":", StringComparison.Ordinal) ? "up"
            : null;
        if (operation is null || records.History(environment, operation) is not { } history)
        {
            return null;
        }

        var definition = operation == "down" ? Definitions.Teardown : Definitions.Provision;
        return new RunPicture($"{environment} {operation}", definition, history);
    }
}
