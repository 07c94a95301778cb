namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>HistoryEventExecutionDataDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record HistoryEventExecutionDataDetails
{
    public bool? Truncated { get; init; }
}
