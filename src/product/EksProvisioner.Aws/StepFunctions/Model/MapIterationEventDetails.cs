namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>MapIterationEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record MapIterationEventDetails
{
    public string? Name { get; init; }

    public int? Index { get; init; }
}
