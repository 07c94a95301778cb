namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions UpdateStateMachine (botocore model stepfunctions 2016-11-23).</summary>
public sealed record UpdateStateMachineResponse
{
    public DateTimeOffset? UpdateDate { get; init; }

    public string? RevisionId { get; init; }

    public string? StateMachineVersionArn { get; init; }
}
