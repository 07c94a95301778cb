namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions CreateStateMachine (botocore model stepfunctions 2016-11-23).</summary>
public sealed record CreateStateMachineResponse
{
    public string? StateMachineArn { get; init; }

    public DateTimeOffset? CreationDate { get; init; }

    public string? StateMachineVersionArn { get; init; }
}
