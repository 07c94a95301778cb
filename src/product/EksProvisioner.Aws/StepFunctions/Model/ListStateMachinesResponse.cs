namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions ListStateMachines (botocore model stepfunctions 2016-11-23).</summary>
public sealed record ListStateMachinesResponse
{
    public IReadOnlyList<StateMachineListItem>? StateMachines { get; init; }

    public string? NextToken { get; init; }
}
