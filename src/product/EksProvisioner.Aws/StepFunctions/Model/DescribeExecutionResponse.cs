namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions DescribeExecution (botocore model stepfunctions 2016-11-23).</summary>
public sealed record DescribeExecutionResponse
{
    public string? ExecutionArn { get; init; }

    public string? StateMachineArn { get; init; }

    public string? Name { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? StopDate { get; init; }

    public string? Input { get; init; }

    public CloudWatchEventsExecutionDataDetails? InputDetails { get; init; }

    public string? Output { get; init; }

    public CloudWatchEventsExecutionDataDetails? OutputDetails { get; init; }

    public string? TraceHeader { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }

    public string? StateMachineVersionArn { get; init; }

    public string? StateMachineAliasArn { get; init; }

    public int? RedriveCount { get; init; }

    public DateTimeOffset? RedriveDate { get; init; }

    public string? RedriveStatus { get; init; }

    public string? RedriveStatusReason { get; init; }
}
