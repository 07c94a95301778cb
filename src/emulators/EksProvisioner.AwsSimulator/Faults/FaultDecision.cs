namespace EksProvisioner.AwsSimulator.Faults;

/// <summary>What the injector decided for one call: an extra delay, an error answer, or neither.</summary>
internal sealed record FaultDecision(TimeSpan Latency, FaultError? Error)
{
    public static FaultDecision None { get; } = new(TimeSpan.Zero, null);
}
