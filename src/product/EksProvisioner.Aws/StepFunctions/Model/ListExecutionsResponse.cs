namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions ListExecutions (botocore model stepfunctions 2016-11-23).</summary>
public sealed record ListExecutionsResponse
{
    public IReadOnlyList<ExecutionListItem>? Executions { get; init; }

    public string? NextToken { get; init; }
}
