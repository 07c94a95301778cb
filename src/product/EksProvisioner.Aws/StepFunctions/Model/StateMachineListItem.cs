namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>StateMachineListItem</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record StateMachineListItem
{
    public string? StateMachineArn { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public DateTimeOffset? CreationDate { get; init; }
}
