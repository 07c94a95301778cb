namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>CloudWatchEventsExecutionDataDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record CloudWatchEventsExecutionDataDetails
{
    public bool? Included { get; init; }
}
