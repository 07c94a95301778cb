namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>Tag</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
