namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>TracingConfiguration</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record TracingConfiguration
{
    public bool? Enabled { get; init; }
}
