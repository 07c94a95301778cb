namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>MapStateStartedEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record MapStateStartedEventDetails
{
    public int? Length { get; init; }
}
