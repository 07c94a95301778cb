namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The input of Step Functions UpdateStateMachine (botocore model stepfunctions 2016-11-23).</summary>
public sealed record UpdateStateMachineRequest
{
    public string? StateMachineArn { get; init; }

    public string? Definition { get; init; }

    public string? RoleArn { get; init; }

    public LoggingConfiguration? LoggingConfiguration { get; init; }

    public TracingConfiguration? TracingConfiguration { get; init; }

    public bool? Publish { get; init; }

    public string? VersionDescription { get; init; }
}
