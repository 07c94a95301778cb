namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// Where a resource is in its life, computed from stored timestamps rather than timers, so the state
/// is right under any clock and after a restart from persisted state.
/// </summary>
internal sealed class Lifecycle
{
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ReadyAt { get; set; }

    public DateTimeOffset? DeletingSince { get; set; }

    public DateTimeOffset? GoneAt { get; set; }

    /// <summary>While an update runs the resource reports UPDATING but stays usable (EKS keeps serving).</summary>
    public DateTimeOffset? UpdatingUntil { get; set; }

    public static Lifecycle Started(DateTimeOffset now, TimeSpan duration) => new() { CreatedAt = now, ReadyAt = now + duration };

    public Phase PhaseAt(DateTimeOffset now) =>
        GoneAt is { } gone && now >= gone ? Phase.Gone
        : DeletingSince is not null ? Phase.Deleting
        : now < ReadyAt ? Phase.Creating
        : Phase.Active;

    public bool UpdatingAt(DateTimeOffset now) => UpdatingUntil is { } until && now < until && PhaseAt(now) == Phase.Active;

    /// <summary>The EKS status word (each resource's status enum shares these values).</summary>
    public string StatusAt(DateTimeOffset now) => PhaseAt(now) switch
    {
        Phase.Creating => "CREATING",
        Phase.Active => UpdatingAt(now) ? "UPDATING" : "ACTIVE",
        _ => "DELETING",
    };

    public void StartDeleting(DateTimeOffset now, TimeSpan duration)
    {
        DeletingSince ??= now;
        GoneAt ??= now + duration;
    }
}
