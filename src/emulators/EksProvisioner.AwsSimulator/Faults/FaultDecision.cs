namespace EksProvisioner.AwsSimulator.Faults;

/// <summary>
/// What the injector decided for one call: an extra delay, an error answer, or neither; and whether
/// the asynchronous update the call starts is to fail.
/// </summary>
internal sealed record FaultDecision(TimeSpan Latency, FaultError? Error, FaultError? FailUpdate = null)
{
    public static FaultDecision None { get; } = new(TimeSpan.Zero, null);
}
