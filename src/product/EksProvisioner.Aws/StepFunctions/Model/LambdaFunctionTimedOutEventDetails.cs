namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>LambdaFunctionTimedOutEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record LambdaFunctionTimedOutEventDetails
{
    public string? Error { get; init; }

    public string? Cause { get; init; }
}
