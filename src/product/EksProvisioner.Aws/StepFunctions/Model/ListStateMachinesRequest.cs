namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The input of Step Functions ListStateMachines (botocore model stepfunctions 2016-11-23).</summary>
public sealed record ListStateMachinesRequest
{
    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
