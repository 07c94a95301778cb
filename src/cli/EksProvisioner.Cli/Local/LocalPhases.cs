namespace EksProvisioner.Cli.Local;

/// <summary>
/// An environment's phase from its record, in the names <see cref="Triggers.Environments.EnvironmentPhase"/>
/// uses against AWS, plus <see cref="Interrupted"/>: local executions live only as long as the process that
/// ran them, so a record still RUNNING while nobody holds the state directory was cut off (killed, crashed)
/// and may have left resources behind; <c>down NAME --local</c> removes them by their tag.
/// </summary>
public static class LocalPhases
{
    public const string Interrupted = "Interrupted";

    /// <param name="record">The environment's last record.</param>
    /// <param name="mayBeRunning">True when another process holds the state directory, so a RUNNING record may be live.</param>
    public static string Of(EnvironmentRecord record, bool mayBeRunning)
    {
        ArgumentNullException.ThrowIfNull(record);
        var up = record.Operation == "up";
        return record.Status switch
        {
            EnvironmentRecords.Running when !mayBeRunning => Interrupted,
            EnvironmentRecords.Running => up ? "Provisioning" : "TearingDown",
            "SUCCEEDED" => up ? "Ready" : "Deleted",
            _ => up ? "ProvisionFailed" : "TeardownFailed",
        };
    }
}
