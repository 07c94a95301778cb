namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>TaskScheduledEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record TaskScheduledEventDetails
{
    public string? ResourceType { get; init; }

    public string? Resource { get; init; }

    public string? Region { get; init; }

    public string? Parameters { get; init; }

    public long? TimeoutInSeconds { get; init; }

    public long? HeartbeatInSeconds { get; init; }
}
