namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>ExecutionSucceededEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record ExecutionSucceededEventDetails
{
    public string? Output { get; init; }

    public HistoryEventExecutionDataDetails? OutputDetails { get; init; }
}
