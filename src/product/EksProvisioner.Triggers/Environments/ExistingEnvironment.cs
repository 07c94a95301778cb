namespace EksProvisioner.Triggers.Environments;

/// <summary>
/// The rule every trigger (webhook, events and schedules, <c>eksprov up</c>) applies before a new
/// provisioning: an environment that exists must not be provisioned again, since a second provisioning's
/// rollback would delete the first one's resources. Updates are a later feature.
/// </summary>
public static class ExistingEnvironment
{
    /// <summary>
    /// True when an environment in <paramref name="phase"/> exists or may still hold resources: Ready,
    /// Provisioning, TearingDown, and TeardownFailed (something may be left; run the teardown again).
    /// </summary>
    public static bool Blocks(EnvironmentPhase phase) =>
        phase is EnvironmentPhase.Ready or EnvironmentPhase.Provisioning or EnvironmentPhase.TearingDown or EnvironmentPhase.TeardownFailed;

    /// <summary>Why nothing was started, naming the phase and what to do.</summary>
    public static string Message(EnvironmentStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var next = status.Phase switch
        {
            EnvironmentPhase.Ready => "tear it down first to create it again",
            EnvironmentPhase.Provisioning => "wait for it to finish or fail",
            EnvironmentPhase.TearingDown => "wait for the teardown to finish, then try again",
            _ => "run its teardown again first",
        };
        return $"environment '{status.Name}' already exists (phase {status.Phase}, execution {status.Latest.Name}); nothing was started: {next}";
    }
}
