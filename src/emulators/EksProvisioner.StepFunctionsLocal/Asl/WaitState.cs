namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Wait state; exactly one of the four duration fields is set.</summary>
public sealed record WaitState(string Name) : State(Name)
{
    public long? Seconds { get; init; }

    public string? SecondsPath { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? TimestampPath { get; init; }

    public override string TypeName => "Wait";
}
