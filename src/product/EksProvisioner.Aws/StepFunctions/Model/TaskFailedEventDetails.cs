namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>TaskFailedEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record TaskFailedEventDetails
{
    public string? ResourceType { get; init; }

    public string? Resource { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }
}
