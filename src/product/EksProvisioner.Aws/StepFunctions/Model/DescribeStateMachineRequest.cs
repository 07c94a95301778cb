namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The input of Step Functions DescribeStateMachine (botocore model stepfunctions 2016-11-23).</summary>
public sealed record DescribeStateMachineRequest
{
    public string? StateMachineArn { get; init; }

    public string? IncludedData { get; init; }
}
