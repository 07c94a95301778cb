namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions StopExecution (botocore model stepfunctions 2016-11-23).</summary>
public sealed record StopExecutionResponse
{
    public DateTimeOffset? StopDate { get; init; }
}
