namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>ExecutionStartedEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record ExecutionStartedEventDetails
{
    public string? Input { get; init; }

    public HistoryEventExecutionDataDetails? InputDetails { get; init; }

    public string? RoleArn { get; init; }

    public string? StateMachineAliasArn { get; init; }

    public string? StateMachineVersionArn { get; init; }
}
