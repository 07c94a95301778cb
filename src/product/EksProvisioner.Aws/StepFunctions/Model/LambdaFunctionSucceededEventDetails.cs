namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>LambdaFunctionSucceededEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record LambdaFunctionSucceededEventDetails
{
    public string? Output { get; init; }

    public HistoryEventExecutionDataDetails? OutputDetails { get; init; }
}
