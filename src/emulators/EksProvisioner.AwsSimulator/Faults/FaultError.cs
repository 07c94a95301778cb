namespace EksProvisioner.AwsSimulator.Faults;

/// <summary>The AWS error a fault answers with, written in the target service's error shape.</summary>
public sealed record FaultError
{
    public string Code { get; init; } = string.Empty;

    public int Status { get; init; } = 400;

    public string? Message { get; init; }
}
