namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>ExecutionListItem</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record ExecutionListItem
{
    public string? ExecutionArn { get; init; }

    public string? StateMachineArn { get; init; }

    public string? Name { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? StopDate { get; init; }

    public string? StateMachineVersionArn { get; init; }

    public string? StateMachineAliasArn { get; init; }

    public int? RedriveCount { get; init; }

    public DateTimeOffset? RedriveDate { get; init; }
}
