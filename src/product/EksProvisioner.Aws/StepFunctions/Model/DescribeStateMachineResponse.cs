namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The output of Step Functions DescribeStateMachine (botocore model stepfunctions 2016-11-23).</summary>
public sealed record DescribeStateMachineResponse
{
    public string? StateMachineArn { get; init; }

    public string? Name { get; init; }

    public string? Status { get; init; }

    public string? Definition { get; init; }

    public string? RoleArn { get; init; }

    public string? Type { get; init; }

    public DateTimeOffset? CreationDate { get; init; }

    public LoggingConfiguration? LoggingConfiguration { get; init; }

    public TracingConfiguration? TracingConfiguration { get; init; }

    public string? Label { get; init; }

    public string? RevisionId { get; init; }

    public string? Description { get; init; }
}
