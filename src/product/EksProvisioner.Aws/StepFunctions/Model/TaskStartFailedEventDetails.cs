namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>TaskStartFailedEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record TaskStartFailedEventDetails
{
    public string? ResourceType { get; init; }

    public string? Resource { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }
}
