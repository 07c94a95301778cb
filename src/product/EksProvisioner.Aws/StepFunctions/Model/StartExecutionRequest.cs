namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The input of Step Functions StartExecution (botocore model stepfunctions 2016-11-23).</summary>
public sealed record StartExecutionRequest
{
    public string? StateMachineArn { get; init; }

    public string? Name { get; init; }

    public string? Input { get; init; }

    public string? TraceHeader { get; init; }
}
