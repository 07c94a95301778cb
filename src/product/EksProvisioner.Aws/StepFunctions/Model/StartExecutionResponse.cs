namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions StartExecution (botocore model stepfunctions 2016-11-23).</summary>
public sealed record StartExecutionResponse
{
    public string? ExecutionArn { get; init; }

    public DateTimeOffset? StartDate { get; init; }
}
