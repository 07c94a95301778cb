namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>EvaluationFailedEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record EvaluationFailedEventDetails
{
    public string? Error { get; init; }

    public string? Cause { get; init; }

    public string? Location { get; init; }

    public string? State { get; init; }
}
