namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>TaskStartedEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record TaskStartedEventDetails
{
    public string? ResourceType { get; init; }

    public string? Resource { get; init; }
}
