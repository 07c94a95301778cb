namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The input of Step Functions DescribeExecution (botocore model stepfunctions 2016-11-23).</summary>
public sealed record DescribeExecutionRequest
{
    public string? ExecutionArn { get; init; }

    public string? IncludedData { get; init; }
}
