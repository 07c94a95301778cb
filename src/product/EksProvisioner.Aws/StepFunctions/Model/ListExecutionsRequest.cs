namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The input of Step Functions ListExecutions (botocore model stepfunctions 2016-11-23).</summary>
public sealed record ListExecutionsRequest
{
    public string? StateMachineArn { get; init; }

    public string? StatusFilter { get; init; }

    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
