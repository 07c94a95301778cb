namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions GetExecutionHistory (botocore model stepfunctions 2016-11-23).</summary>
public sealed record GetExecutionHistoryResponse
{
    public IReadOnlyList<HistoryEvent>? Events { get; init; }

    public string? NextToken { get; init; }
}
