namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The input of Step Functions StopExecution (botocore model stepfunctions 2016-11-23).</summary>
public sealed record StopExecutionRequest
{
    public string? ExecutionArn { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }
}
