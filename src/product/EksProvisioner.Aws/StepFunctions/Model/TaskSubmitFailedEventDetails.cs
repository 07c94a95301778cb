namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>TaskSubmitFailedEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record TaskSubmitFailedEventDetails
{
    public string? ResourceType { get; init; }

    public string? Resource { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }
}
