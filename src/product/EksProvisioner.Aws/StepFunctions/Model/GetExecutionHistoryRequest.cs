namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The input of Step Functions GetExecutionHistory (botocore model stepfunctions 2016-11-23).</summary>
public sealed record GetExecutionHistoryRequest
{
    public string? ExecutionArn { get; init; }

    public int? MaxResults { get; init; }

    public bool? ReverseOrder { get; init; }

    public string? NextToken { get; init; }

    public bool? IncludeExecutionData { get; init; }
}
