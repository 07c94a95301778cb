namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>LambdaFunctionScheduledEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record LambdaFunctionScheduledEventDetails
{
    public string? Resource { get; init; }

    public string? Input { get; init; }

    public HistoryEventExecutionDataDetails? InputDetails { get; init; }

    public long? TimeoutInSeconds { get; init; }
}
